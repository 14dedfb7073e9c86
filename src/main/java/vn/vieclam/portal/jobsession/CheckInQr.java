package vn.vieclam.portal.jobsession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code on a worker's registration. It holds the host's check-in address for that code, so the host's
 * or a meeting point's staff open it with any phone camera (signed in, only they can use it); the image
 * itself is drawn from the code alone, without looking anything up, so its address tells nothing about anyone.
 */
final class CheckInQr {

	/** What a registration code looks like: six of the letters and digits {@code JobSessions} hands out. */
	static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{6}");

	private static final int SIZE = 264;

	private CheckInQr() {
	}

	/** The address a scan opens: the session's check-in page for this code. */
	static String checkInUrl(String baseUrl, Long sessionId, String code) {
		return baseUrl + "/centre/job-sessions/" + sessionId + "/check-in?code=" + code;
	}

	static byte[] png(String content) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
