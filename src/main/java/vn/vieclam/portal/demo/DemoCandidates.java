package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.vieclam.portal.candidate.CandidateDetails;
import vn.vieclam.portal.candidate.CandidateGender;
import vn.vieclam.portal.candidate.CandidateOccupation;
import vn.vieclam.portal.candidate.Education;
import vn.vieclam.portal.candidate.PriorityGroup;
import vn.vieclam.portal.shared.Formats;

/**
 * Job seekers as partner provinces' job centres register them: family names common in each province
 * (Tày and Nùng in Lạng Sơn and Cao Bằng, Mường in Hòa Bình, Thái in Sơn La), CCCD numbers whose province,
 * century, gender and birth year agree, the trades Bắc Giang's factories need. Deterministic per seed.
 */
final class DemoCandidates {

	/** A centre's demo population: its CCCD province code, family names, villages. */
	record Province(String centreCode, String username, String staffName, String cccdCode, List<String> families,
			List<String> villages, boolean minority) {
	}

	static final List<Province> PROVINCES = List.of(
			new Province("ttdvvl-ls", "centre-ls", "Hoàng Văn Quý", "020",
					List.of("Hoàng", "Nông", "Lộc", "Vi", "Lương", "Hà", "Chu", "Mông", "Triệu", "Lành", "Nguyễn"),
					List.of("Thôn Bản Cắm", "Thôn Khòn Pát", "Thôn Nà Thí", "Thôn Pác Mòng", "Thôn Nà Lệnh"), true),
			new Province("ttdvvl-cb", "centre-cb", "Bế Thị Thu", "004",
					List.of("Bế", "Nông", "Hoàng", "Đàm", "Lục", "Lưu", "Ma", "Lý", "Nguyễn"),
					List.of("Xóm Nà Pồng", "Xóm Bản Giới", "Xóm Khuổi Khoát", "Xóm Nà Lủng"), true),
			new Province("ttdvvl-hb", "centre-hb", "Bùi Văn Thành", "017",
					List.of("Bùi", "Đinh", "Quách", "Xa", "Hà", "Bạch", "Nguyễn", "Trần"),
					List.of("Xóm Mường Khến", "Xóm Lục", "Xóm Chiềng", "Xóm Bưởi"), true),
			new Province("ttdvvl-sl", "centre-sl", "Lò Văn Piêng", "014",
					List.of("Lò", "Lường", "Cầm", "Quàng", "Tòng", "Hà", "Vì", "Lê"),
					List.of("Bản Hụm", "Bản Mòng", "Bản Bó", "Bản Cọ", "Bản Củ"), true),
			new Province("ttdvvl-bg", "centre-bg", "Lê Thị Hồng Nhung", "024",
					List.of("Nguyễn", "Trần", "Lê", "Phạm", "Đỗ", "Ngô", "Dương", "Thân", "Giáp"),
					List.of("Thôn Đông", "Thôn Trung", "Thôn Hạ", "Thôn Phú Mỹ"), false));

	private static final List<String> MEN = List.of("Văn Thắng", "Văn Dũng", "Đức Minh", "Văn Quân", "Văn Tuấn",
			"Văn Hải", "Minh Đức", "Văn Long", "Văn Khánh", "Văn Sơn", "Quang Huy", "Văn Tài");

	private static final List<String> WOMEN = List.of("Thị Hoa", "Thị Mai", "Thị Thu", "Thị Hằng", "Thị Lan",
			"Thị Nga", "Thị Hương", "Thị Thảo", "Thị Duyên", "Thị Yến", "Thị Hiền", "Thị Nhung");

	/** Trades Bắc Giang's factories need (VSCO sub-major groups) and how often seekers have them. */
	private static final List<String> TRADES = List.of("82", "82", "82", "75", "75", "72", "81", "83", "93", "93",
			"71", "74", "52", "61");

	private static final List<String> SKILLS = List.of("UNSKILLED", "UNSKILLED", "UNSKILLED", "UNSKILLED",
			"ELEMENTARY", "ELEMENTARY", "INTERMEDIATE", "INTERMEDIATE", "COLLEGE", "UNIVERSITY");

	private DemoCandidates() {
	}

	/** One person; {@code index} makes CCCD and phone unique across the demo. */
	static CandidateDetails person(Province province, int index, Random random, Long provinceId, Long communeId) {
		boolean male = random.nextBoolean();
		String name = pick(province.families(), random) + " " + pick(male ? MEN : WOMEN, random);
		LocalDate birth = LocalDate.of(1980 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
		int century = birth.getYear() >= 2000 ? 2 : 0;
		String cccd = province.cccdCode() + (century + (male ? 0 : 1)) + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", (index * 7919 + 104729) % 1_000_000);
		String phone = "09" + String.format("%08d", (province.cccdCode().hashCode() * 1_000 + index * 7_717) % 100_000_000)
			.replace('-', '1');
		Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
		if (province.minority() && random.nextInt(10) < 8) {
			groups.add(PriorityGroup.ETHNIC_MINORITY);
		}
		if (random.nextInt(10) < 2) {
			groups.add(PriorityGroup.POOR_HOUSEHOLD);
		}
		else if (random.nextInt(10) < 1) {
			groups.add(PriorityGroup.UNEMPLOYMENT_INSURANCE);
		}
		List<CandidateOccupation> occupations = new ArrayList<>();
		occupations.add(new CandidateOccupation(pick(TRADES, random), random.nextInt(6)));
		if (random.nextInt(3) == 0) {
			String second = pick(TRADES, random);
			if (!second.equals(occupations.get(0).occupationCode())) {
				occupations.add(new CandidateOccupation(second, random.nextInt(3)));
			}
		}
		long wage = 6_500_000L + 500_000L * random.nextInt(12);
		return new CandidateDetails(name, birth, male ? CandidateGender.MALE : CandidateGender.FEMALE,
				random.nextInt(10) < 9 ? cccd : null, phone, provinceId, communeId,
				pick(province.villages(), random), Education.values()[1 + random.nextInt(3)], pick(SKILLS, random),
				random.nextInt(5) == 0 ? null : wage, random.nextInt(10) < 8,
				LocalDate.now(Formats.VIETNAM).plusDays(random.nextInt(45)), random.nextInt(10) < 6, groups, null, occupations);
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

}
