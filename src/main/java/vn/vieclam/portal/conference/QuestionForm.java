package vn.vieclam.portal.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Phone;
import vn.vieclam.portal.shared.Text;

/**
 * A question as a worker types it on the public form (or union staff on their behalf). A named question
 * needs a name, a phone number and consent to processing; an anonymous one needs neither.
 */
record QuestionForm(
		Boolean anonymous,
		@Size(max = 150) String name,
		@Size(max = 200) String workplace,
		@Size(max = 20) String phone,
		@NotBlank @Size(min = 10, max = 4000) String question,
		Boolean consent) {

	QuestionForm {
		anonymous = Boolean.TRUE.equals(anonymous);
		consent = Boolean.TRUE.equals(consent);
	}

	static QuestionForm empty() {
		return new QuestionForm(false, "", "", "", "", false);
	}

	/** Checks what depends on being named; reports each problem on its field. */
	void check(org.springframework.validation.Errors errors, boolean staff) {
		if (this.anonymous) {
			return;
		}
		if (Text.blankToNull(this.name) == null) {
			errors.rejectValue("name", "conference.question.name.required");
		}
		if (Text.blankToNull(this.phone) == null) {
			if (!staff) {
				errors.rejectValue("phone", "conference.question.phone.required");
			}
		}
		else if (Phone.parse(this.phone).isEmpty()) {
			errors.rejectValue("phone", "conference.question.phone.invalid");
		}
		if (!staff && !this.consent) {
			errors.rejectValue("consent", "conference.question.consent.required");
		}
	}

	Petitioner petitioner() {
		if (this.anonymous) {
			return new Petitioner(true, null, Text.blankToNull(this.workplace), null);
		}
		return new Petitioner(false, this.name.strip(), Text.blankToNull(this.workplace),
				Text.blankToNull(this.phone) == null ? null : Phone.parse(this.phone).orElseThrow());
	}

}
