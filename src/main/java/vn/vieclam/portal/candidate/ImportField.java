package vn.vieclam.portal.candidate;

import java.util.List;

/**
 * The candidate fields an import fills, each from one column of the file. The headings are how centres'
 * spreadsheets usually title the column, folded (no diacritics, lower case), so the mapping page can guess.
 */
enum ImportField {

	FULL_NAME(true, "ho va ten", "ho ten", "ho va ten nguoi lao dong", "ten", "full name", "name"),
	BIRTH_DATE(false, "ngay sinh", "ngay thang nam sinh", "ngay thang nam sinh dd mm yyyy", "nam sinh",
			"date of birth", "birth date", "dob"),
	GENDER(false, "gioi tinh", "gender", "sex"),
	NATIONAL_ID(false, "so cccd", "cccd", "so can cuoc", "so can cuoc cong dan", "can cuoc cong dan", "cccd cmnd",
			"so cccd cmnd", "so dinh danh", "so dinh danh ca nhan", "national id"),
	PHONE(false, "so dien thoai", "dien thoai", "sdt", "so dt", "dien thoai lien he", "phone", "mobile"),
	PROVINCE(true, "tinh", "tinh thanh pho", "tinh thanh", "tinh tp", "que quan tinh", "province"),
	COMMUNE(false, "xa", "xa phuong", "phuong xa", "xa phuong thi tran", "xa phuong dac khu", "commune", "ward"),
	ADDRESS(false, "dia chi", "dia chi thuong tru", "thon xom", "thon to dan pho", "address"),
	SKILL_LEVEL(true, "trinh do", "trinh do chuyen mon", "trinh do chuyen mon ky thuat", "trinh do dao tao",
			"skill level"),
	OCCUPATIONS(false, "nghe", "nghe nghiep", "ma nghe", "nghe vsco", "occupation", "occupations"),
	DESIRED_WAGE(false, "luong mong muon", "muc luong mong muon", "muc luong", "desired wage", "expected salary"),
	PRIORITY_GROUPS(false, "uu tien", "doi tuong uu tien", "nhom uu tien", "priority", "priority groups");

	private final boolean required;

	private final List<String> headings;

	ImportField(boolean required, String... headings) {
		this.required = required;
		this.headings = List.of(headings);
	}

	boolean required() {
		return this.required;
	}

	/** Whether a file's header (folded) is one of the usual headings for this field. */
	boolean knownHeading(String foldedHeader) {
		return this.headings.contains(foldedHeader);
	}

	/** For templates: {@code #{${field.labelKey}}}. */
	public String getLabelKey() {
		return "import.field." + name();
	}

	public boolean isRequired() {
		return this.required;
	}

}
