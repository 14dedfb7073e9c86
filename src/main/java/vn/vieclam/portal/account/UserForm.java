package vn.vieclam.portal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's user form; the password is asked only when the user is created. */
record UserForm(
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 150) String fullName,
		@Size(max = 255) @Email String email,
		@NotNull Role role,
		@NotNull Long organisationId,
		String password,
		long version) {

	static UserForm empty() {
		return new UserForm("", "", "", null, null, "", 0);
	}

	static UserForm from(Accounts.UserDetailsView user) {
		return new UserForm(user.username(), user.fullName(), user.email(), user.role(), user.organisationId(), "",
				user.version());
	}

}
