package vn.vieclam.portal.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** The otpauth:// link for an authenticator app, and its QR code as an SVG image drawn on the server. */
final class MfaQr {

	private MfaQr() {
	}

	static String link(String username, String secret) {
		String issuer = "Vieclam Portal";
		return "otpauth://totp/" + URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20")
				+ "?secret=" + secret + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/** The QR code as a {@code data:} address for an {@code <img>}: the page prints it escaped, like any text. */
	static String dataUri(String content) {
		return "data:image/svg+xml;base64,"
				+ java.util.Base64.getEncoder().encodeToString(svg(content).getBytes(StandardCharsets.UTF_8));
	}

	/** Only black squares from the matrix. */
	static String svg(String content) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
					+ "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\">"
					+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("cannot draw the QR code", ex);
		}
	}

}
