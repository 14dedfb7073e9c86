package vn.vieclam.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vieclam.portal.PortalTest;
import vn.vieclam.portal.account.TestUsers;
import vn.vieclam.portal.shared.Formats;

/**
 * The demo's referrals and counselling: every partner centre has a year of work through the whole pipeline,
 * the officials' figure by province and month is no longer empty, and a restart adds nothing.
 */
@PortalTest
class DemoReferralsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoReferrals demo;

	@Test
	void everyPartnerCentreHasReferralsThroughTheWholePipelineThisYear() {
		LocalDate today = LocalDate.now(Formats.VIETNAM);
		for (String centre : DemoReferrals.PARTNERS) {
			List<String> statuses = this.jdbc.queryForList("""
					select distinct r.status from referral r join app_user u on u.organisation_id = r.centre_id
					where u.username = ? and r.referred_by = ?""", String.class, centre, centre);
			assertThat(statuses).as(centre).contains("REFERRED", "INTERVIEW_SCHEDULED", "HIRED", "NOT_SELECTED", "WITHDREW", "NO_SHOW");
			Map<String, Object> dates = this.jdbc.queryForMap("""
					select min(r.referred_on) as first, max(r.referred_on) as last, count(*) as n
					from referral r join app_user u on u.organisation_id = r.centre_id where u.username = ?""", centre);
			assertThat(((java.sql.Date) dates.get("last")).toLocalDate()).isBeforeOrEqualTo(today);
			assertThat(((java.sql.Date) dates.get("first")).toLocalDate())
				.isBeforeOrEqualTo(today.minusDays(60)).isAfterOrEqualTo(today.minusDays(Math.max(90, today.getDayOfYear())));
			assertThat((Long) dates.get("n")).isGreaterThanOrEqualTo(DemoReferrals.PER_CENTRE);
			assertThat(this.jdbc.queryForObject("""
					select count(*) from counselling k join app_user u on u.organisation_id = k.centre_id
					where u.username = ? and k.kind = 'COUNSELLING' and k.happened_on <= current_date""", Integer.class, centre))
				.as(centre).isGreaterThan(10);
		}
		// Not selected always with the reason; withdrawals with theirs.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from referral where status = 'NOT_SELECTED' and outcome_reason is null""", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForList("select outcome_reason from referral where status = 'WITHDREW'", String.class))
			.contains("Gia đình không đồng ý đi làm xa");
		// Hires have start dates and their three follow-ups; the calls already made are recorded, a few are due.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from referral r where r.status = 'HIRED' and (r.start_date is null
				  or (select count(*) from referral_follow_up f where f.referral_id = r.id) <> 3)""", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from referral_follow_up where outcome = 'STILL_WORKING' and done_on <= current_date""",
				Integer.class)).isPositive();
	}

	@Test
	void theOfficialsFigureAndTheCentresCountsShowTheDemo() throws Exception {
		Document dashboard = Jsoup.parse(this.mvc.perform(get("/dashboard").with(TestUsers.as(this.jdbc, "official")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(dashboard.select("#referrals-by-month-table tbody tr").text()).contains("Lạng Sơn").contains("Sơn La");
		Document counts = Jsoup.parse(this.mvc.perform(get("/referrals/counts").with(TestUsers.as(this.jdbc, "centre-cb")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		for (String column : List.of("counselled", "introduced", "placed")) {
			assertThat(Integer.parseInt(counts.getElementById("counts-total").selectFirst("." + column).text()
				.replaceAll("\\D", ""))).as(column).isPositive();
		}
	}

	@Test
	void aRestartAddsNothing() throws Exception {
		String sql = "select (select count(*) from referral) || '/' || (select count(*) from counselling)"
				+ " || '/' || (select count(*) from referral_follow_up where outcome is not null)";
		String before = this.jdbc.queryForObject(sql, String.class);
		this.demo.run(null);
		assertThat(this.jdbc.queryForObject(sql, String.class)).isEqualTo(before);
	}

}
