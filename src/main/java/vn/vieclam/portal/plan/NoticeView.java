package vn.vieclam.portal.plan;

import java.time.LocalDate;
import java.util.List;

/** A notice's page: header, its source (linked by kind and id) and its commitments with their status. */
public record NoticeView(Long id, SourceKind sourceKind, Long sourceId, String sourceTitle, String number,
		LocalDate issuedOn, String issuerName, String signer, String signerTitle, String summary, List<ItemRow> commitments,
		long version) {

	public String sourceLink() {
		return this.sourceKind.link(this.sourceId);
	}

}
