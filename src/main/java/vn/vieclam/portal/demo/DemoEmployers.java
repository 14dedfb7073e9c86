package vn.vieclam.portal.demo;

import java.time.LocalDate;
import java.util.List;

import vn.vieclam.portal.shared.Formats;
import vn.vieclam.portal.vacancy.Gender;
import vn.vieclam.portal.vacancy.Housing;
import vn.vieclam.portal.vacancy.Term;

/**
 * Ten enterprises in and around Bắc Giang's industrial zones with the hiring needs such firms post:
 * electronics assembly, garments, mechanics, logistics. Names are made up; places and trades are real.
 */
final class DemoEmployers {

	private DemoEmployers() {
	}

	/** How far a demo vacancy got: the competent body approves or returns it, or it stays a draft. */
	enum Stage {

		DRAFT, SUBMITTED, PUBLISHED, RETURNED

	}

	record Need(String title, String occupation, String skill, int quantity, Term term, long wageMin, long wageMax,
			Housing housing, Long housingAmount, boolean meals, boolean shuttle, String hours, String shifts,
			String benefits, Integer ageMin, Integer ageMax, Gender gender, String reason, int closesInDays,
			Stage stage) {
	}

	/** {@code taxPrefix} is nine digits; the check digit is computed. {@code zone} is a name fragment or null. */
	record Enterprise(String taxPrefix, String name, String sector, String zone, String commune, String address,
			int workforce, String contact, String phone, String username, String userFullName, boolean recordedByCompetentBody,
			List<Need> needs) {
	}

	static final String BENEFITS_ELECTRONICS = """
			Đóng BHXH, BHYT, BHTN đầy đủ từ tháng đầu
			Thưởng chuyên cần 500.000 đ/tháng, thưởng Tết 1–2 tháng lương
			Phụ cấp nhà ở, xăng xe; khám sức khỏe định kỳ""";

	static final String BENEFITS_GARMENT = """
			Lương sản phẩm theo năng lực, tăng ca có phụ cấp
			Đóng bảo hiểm đầy đủ, nghỉ phép năm 12 ngày
			Hỗ trợ con nhỏ dưới 6 tuổi 300.000 đ/tháng""";

	static List<Enterprise> all() {
		return List.of(
				new Enterprise("240101234", "Công ty TNHH Linh kiện Điện tử Vân Trung", "C", "Vân Trung", "Nếnh",
						"Lô C2, KCN Vân Trung", 2800, "Phạm Thu Hà", "0204 3661 234", "employer", "Phạm Thu Hà", true,
						List.of(new Need("Công nhân lắp ráp linh kiện điện tử", "82", "UNSKILLED", 300, Term.LONG,
								7_500_000, 9_500_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày, 6 ngày/tuần",
								"2 ca, xoay ca tuần", BENEFITS_ELECTRONICS, 18, 35, Gender.ANY,
								"Công việc đứng liên tục theo ca, yêu cầu sức khỏe phù hợp", 45, Stage.PUBLISHED),
								new Need("Kỹ thuật viên bảo trì máy SMT", "31", "COLLEGE", 15, Term.LONG, 11_000_000,
										15_000_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày", "3 ca",
										BENEFITS_ELECTRONICS, null, null, Gender.ANY, null, 30, Stage.PUBLISHED),
								new Need("Nhân viên kiểm tra chất lượng (QC)", "82", "INTERMEDIATE", 40, Term.LONG,
										8_500_000, 10_500_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày", "2 ca",
										null, null, null, Gender.ANY, null, 20, Stage.SUBMITTED))),
				new Enterprise("240202345", "Công ty Cổ phần May Xuất khẩu Lạng Giang", "C", null, "Lạng Giang",
						"Thôn Phi Mô, xã Phi Mô", 1200, "Trần Đức Mạnh", "0204 3881 567", "employer2", "Trần Đức Mạnh",
						true,
						List.of(new Need("Công nhân may công nghiệp", "75", "UNSKILLED", 150, Term.LONG, 7_000_000,
								10_000_000, Housing.RENT_SUPPORT, 500_000L, true, false, "8 giờ/ngày, tăng ca tự nguyện",
								"1 ca hành chính", BENEFITS_GARMENT, null, null, Gender.ANY, null, 60, Stage.PUBLISHED),
								new Need("Công nhân may thời vụ mùa cao điểm", "75", "UNSKILLED", 80, Term.SEASONAL,
										6_500_000, 8_000_000, Housing.NONE, null, true, false, "8 giờ/ngày", null, null,
										null, null, Gender.ANY, null, 25, Stage.DRAFT))),
				new Enterprise("240303456", "Công ty TNHH Công nghệ Chính xác Quang Châu", "C", "Quang Châu", "Nếnh",
						"Lô B5, KCN Quang Châu", 5200, "Ngô Thị Lan", "0204 3566 789", null, null, true,
						List.of(new Need("Công nhân sản xuất điện thoại, máy tính bảng", "82", "UNSKILLED", 1000,
								Term.LONG, 8_000_000, 11_000_000, Housing.DORMITORY, 200_000L, true, true,
								"8 giờ/ngày, 6 ngày/tuần", "2 ca ngày/đêm", BENEFITS_ELECTRONICS, 18, null, Gender.ANY,
								null, 40, Stage.PUBLISHED),
								new Need("Công nhân vận hành máy CNC", "72", "ELEMENTARY", 60, Term.LONG, 9_000_000,
										12_000_000, Housing.DORMITORY, 200_000L, true, true, "8 giờ/ngày", "3 ca", null,
										null, null, Gender.ANY, null, 35, Stage.PUBLISHED))),
				new Enterprise("240404567", "Công ty TNHH Cơ khí Chính xác Đình Trám", "C", "Đình Trám", "Nếnh",
						"Lô A8, KCN Đình Trám", 650, "Vũ Minh Tuấn", "0204 3662 468", null, null, true,
						List.of(new Need("Thợ hàn, thợ tiện cơ khí", "72", "INTERMEDIATE", 30, Term.LONG, 10_000_000,
								14_000_000, Housing.RENT_SUPPORT, 800_000L, true, true, "8 giờ/ngày", "2 ca", null, null,
								null, Gender.ANY, null, 50, Stage.PUBLISHED),
								new Need("Kỹ sư thiết kế khuôn mẫu", "21", "UNIVERSITY", 5, Term.LONG, 15_000_000,
										22_000_000, Housing.RENT_SUPPORT, 1_000_000L, true, false, "Giờ hành chính",
										null, null, null, null, Gender.ANY, null, 30, Stage.PUBLISHED))),
				new Enterprise("240505678", "Công ty TNHH Logistics Song Khê", "H", "Song Khê", "Tiền Phong",
						"Lô D1, KCN Song Khê - Nội Hoàng", 320, "Đặng Quốc Huy", "0204 3854 321", null, null, true,
						List.of(new Need("Lái xe nâng trong kho", "83", "ELEMENTARY", 20, Term.LONG, 9_000_000,
								12_000_000, Housing.NONE, null, true, true, "8 giờ/ngày", "3 ca", null, 20, 45,
								Gender.ANY, "Cần giấy phép vận hành xe nâng và sức khỏe đáp ứng ca đêm", 30,
								Stage.PUBLISHED),
								new Need("Nhân viên bốc xếp, phân loại hàng", "93", "UNSKILLED", 50, Term.SHORT,
										7_000_000, 8_500_000, Housing.NONE, null, true, true, "8 giờ/ngày", "2 ca",
										null, null, null, Gender.ANY, null, 15, Stage.PUBLISHED))),
				new Enterprise("240606789", "Công ty TNHH Điện tử Việt Hàn", "C", "Việt Hàn", "Việt Yên",
						"KCN Việt Hàn", 900, "Lee Min Seo", "0204 3667 890", null, null, false, List.of()),
				new Enterprise("240707890", "Công ty TNHH May mặc Hòa Phú", "C", "Hòa Phú", "Xuân Cẩm",
						"KCN Hòa Phú", 1500, "Nguyễn Thị Thu", "0204 3871 111", null, null, true,
						List.of(new Need("Công nhân may, cắt, là", "75", "UNSKILLED", 200, Term.LONG, 7_200_000,
								9_800_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày", "1 ca", BENEFITS_GARMENT, null,
								null, Gender.ANY, null, 55, Stage.PUBLISHED),
								new Need("Tổ trưởng chuyền may", "75", "INTERMEDIATE", 8, Term.LONG, 11_000_000,
										13_000_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày", null, null, null,
										null, Gender.FEMALE, "Quản lý chuyền may toàn lao động nữ", 25,
										Stage.RETURNED))),
				new Enterprise("240808901", "Công ty Cổ phần Vận tải và Kho vận Yên Dũng", "H", null, "Tiền Phong",
						"Khu dân cư số 3, phường Tiền Phong", 210, "Lương Văn Sơn", "0204 3855 246", null, null, true,
						List.of(new Need("Lái xe tải hạng C giao hàng liên tỉnh", "83", "ELEMENTARY", 12, Term.LONG,
								12_000_000, 16_000_000, Housing.RENT_SUPPORT, 700_000L, false, false,
								"Theo tuyến", null, null, 23, null, Gender.ANY, null, 40, Stage.PUBLISHED))),
				new Enterprise("240909012", "Công ty TNHH Cơ khí Lục Nam", "C", null, null,
						"Thị trấn Đồi Ngô, huyện Lục Nam", 140, "Hoàng Văn Bình", "0204 3884 777", null, null, false,
						List.of()),
				new Enterprise("241010123", "Công ty TNHH Pin Năng lượng Yên Lư", "C", "Yên Lư", "Tiền Phong",
						"KCN Yên Lư", 1800, "Trịnh Hoài Nam", "0204 3858 999", null, null, true,
						List.of(new Need("Công nhân sản xuất cell pin", "81", "UNSKILLED", 400, Term.LONG, 8_200_000,
								10_500_000, Housing.DORMITORY, 0L, true, true, "8 giờ/ngày", "3 ca xoay",
								BENEFITS_ELECTRONICS, 18, 40, Gender.ANY,
								"Môi trường phòng sạch, làm ca đêm, cần sức khỏe phù hợp", 60, Stage.PUBLISHED),
								new Need("Công nhân vận hành dây chuyền (có trung cấp điện)", "81", "INTERMEDIATE",
										60, Term.LONG, 9_500_000, 12_500_000, Housing.DORMITORY, 0L, true, true,
										"8 giờ/ngày", "3 ca", null, null, null, Gender.ANY, null, 45,
										Stage.SUBMITTED))));
	}

	static LocalDate closing(Need need) {
		return LocalDate.now(Formats.VIETNAM).plusDays(need.closesInDays());
	}

}
