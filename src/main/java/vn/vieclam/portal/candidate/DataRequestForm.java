package vn.vieclam.portal.candidate;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import vn.vieclam.portal.shared.Formats;

/** What staff type when recording a data request. */
public class DataRequestForm {

	private DataRequestKind kind;

	@DateTimeFormat(pattern = "dd/MM/uuuu")
	private LocalDate receivedOn = LocalDate.now(Formats.VIETNAM);

	private DataRequestChannel channel;

	private String identityCheck;

	private String note;

	public DataRequestKind getKind() {
		return this.kind;
	}

	public void setKind(DataRequestKind kind) {
		this.kind = kind;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public DataRequestChannel getChannel() {
		return this.channel;
	}

	public void setChannel(DataRequestChannel channel) {
		this.channel = channel;
	}

	public String getIdentityCheck() {
		return this.identityCheck;
	}

	public void setIdentityCheck(String identityCheck) {
		this.identityCheck = identityCheck;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
