package vn.vieclam.portal.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.vieclam.portal.shared.Text;

/** A connection point as typed, with a few empty participant rows below the saved ones (blank rows are ignored). */
record PointForm(
		@NotNull PointLevel level,
		@NotBlank @Size(max = 300) String name,
		@Size(max = 300) String address,
		@Size(max = 500) String videoLink,
		@Size(max = 300) String chair,
		@Valid List<Row> participants,
		long version) {

	static final int BLANK_ROWS = 4;

	record Row(@Size(max = 300) String organisation, @Size(max = 200) String role, @Min(1) @Max(100_000) Integer headcount) {

		boolean blank() {
			return Text.blankToNull(this.organisation) == null && Text.blankToNull(this.role) == null && this.headcount == null;
		}

	}

	PointForm {
		participants = participants == null ? List.of()
				: participants.stream().map(r -> Objects.requireNonNullElse(r, new Row("", "", null))).toList();
	}

	static PointForm empty(PointLevel level) {
		return new PointForm(level, "", "", "", "", List.of(), 0).withBlankRows();
	}

	static PointForm from(PointView p) {
		return new PointForm(p.level(), p.name(), p.address(), p.videoLink(), p.chair(),
				p.participants().stream().map(x -> new Row(x.organisation(), x.role(), x.headcount())).toList(), p.version())
			.withBlankRows();
	}

	PointForm withBlankRows() {
		List<Row> rows = new ArrayList<>(this.participants);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new Row("", "", null));
		}
		return new PointForm(this.level, this.name, this.address, this.videoLink, this.chair, rows, this.version);
	}

	PointDetails toDetails() {
		List<Participant> list = new ArrayList<>();
		for (Row row : this.participants) {
			if (row.blank()) {
				continue;
			}
			list.add(new Participant(Objects.requireNonNullElse(Text.blankToNull(row.organisation()), "—"),
					Text.blankToNull(row.role()), row.headcount() == null ? 1 : row.headcount()));
		}
		return new PointDetails(this.level, this.name.strip(), Text.blankToNull(this.address), Text.blankToNull(this.videoLink),
				Text.blankToNull(this.chair), list);
	}

}
