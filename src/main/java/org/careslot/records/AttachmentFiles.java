package org.careslot.records;

import java.util.Map;

import org.apache.tika.Tika;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded file really is, judged by its bytes (never by its name or the browser's
 * word), and a name that is safe to hand back in a download.
 */
@Component
class AttachmentFiles {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The accepted types and the extension a download of each gets. */
	private static final Map<String, String> TYPES = Map.of("application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg");

	private final Tika tika = new Tika();

	private final long quotaBytes;

	/** @param quota how much one patient's record may hold in files (CARESLOT_ATTACHMENT_QUOTA, default 200MB) */
	AttachmentFiles(@Value("${careslot.records.attachment-quota:200MB}") DataSize quota) {
		this.quotaBytes = quota.toBytes();
	}

	long quotaBytes() {
		return quotaBytes;
	}

	/** @return the detected media type; 415 naming the field for anything else */
	String detectType(byte[] content) {
		String type = tika.detect(content);
		if (!TYPES.containsKey(type)) {
			throw ApiException.unsupportedType("file", Text.of("file.unsupportedType"));
		}
		return type;
	}

	/**
	 * The uploaded name without folders, control or reserved characters, at most 100
	 * characters, ending in the extension of what the file really is.
	 */
	static String safeName(String original, String type) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1)
			.replaceAll("[\\p{Cntrl}\"*:<>?|;%]", "_")
			.strip()
			.replaceAll("^\\.+", "");
		String extension = TYPES.get(type);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "attachment";
		}
		if (base.length() > 90) {
			base = base.substring(0, 90);
		}
		return base + "." + extension;
	}
}
