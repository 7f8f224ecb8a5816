package org.careslot.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with the fonts CareSlot ships, so any script renders on any server: DejaVu Sans
 * for Latin, Greek, Cyrillic and Arabic, Droid Sans Fallback for Chinese, Japanese and Korean.
 * Only the glyphs used are embedded.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "'Report Sans', 'Report CJK'";

	private final byte[] regular = font("DejaVuSans.ttf");
	private final byte[] bold = font("DejaVuSans-Bold.ttf");
	private final byte[] cjk = font("DroidSansFallbackFull.ttf");

	private static byte[] font(String name) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream("/reports/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing report font " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), "Report Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), "Report Sans", 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(cjk), "Report CJK", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(cjk), "Report CJK", 700, FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
