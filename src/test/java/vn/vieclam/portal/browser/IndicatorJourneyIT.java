package vn.vieclam.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.vieclam.portal.TestDatabase;

/**
 * The 2023 labour department enters its third-quarter values, Sở Nội vụ (which took over its work in 2025 and
 * leads the register) approves them, and the dashboard's traffic light for indicator 1 turns from at risk to met.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class IndicatorJourneyIT {

	private static final String LIGHT_1 = "#indicators-table tbody tr:first-child [data-status]";

	@LocalServerPort
	int port;

	@Test
	void labourDepartmentEntersQ3TheLeadApprovesTheLightChanges() {
		try (Browser lead = Browser.desktop(this.port)) {
			lead.signIn("official-ld", "portal-demo");
			lead.clickLink("Bảng điều hành");
			assertThat(lead.text(LIGHT_1)).isEqualTo("Có nguy cơ");
		}
		String[] q3 = { "83,1", "50,1", "49,0", "3,9", "5,2", "61,8", "70,2", "26,9", "52,0" };
		try (Browser labour = Browser.desktop(this.port)) {
			labour.signIn("official-ldtbxh", "portal-demo");
			labour.clickLink("Chỉ số PCI");
			labour.clickLink("Chỉ số thành phần số 9 về “Đào tạo lao động”");
			labour.clickLink("Quý III");
			java.util.List<String> ids = labour.ids("#values-form input.portal-value");
			assertThat(ids).hasSize(9);
			for (int k = 0; k < ids.size(); k++) {
				labour.type(ids.get(k), q3[k]);
			}
			labour.submitWith("#values-form button[value=submit]");
			assertThat(labour.pageText()).contains("Đã gửi báo cáo cho đơn vị đầu mối.");
		}
		try (Browser lead = Browser.desktop(this.port)) {
			lead.signIn("official-ld", "portal-demo");
			lead.clickLink("Chỉ số PCI");
			lead.clickLink("Chỉ số thành phần số 9 về “Đào tạo lao động”");
			lead.clickLink("Quý III");
			lead.submit("form.portal-approve");
			assertThat(lead.pageText()).contains("Đã duyệt báo cáo.");
			lead.clickLink("Bảng điều hành");
			assertThat(lead.text(LIGHT_1)).isEqualTo("Đạt");
		}
	}

}
