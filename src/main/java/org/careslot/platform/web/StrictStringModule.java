package org.careslot.platform.web;

import org.careslot.platform.Text;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string the API accepts is checked once here: control characters (NUL above all,
 * which PostgreSQL refuses) and unpaired surrogates are rejected with a 400 naming the field,
 * and numbers or booleans are not silently turned into text. Everything else, any script and
 * any SQL or HTML metacharacter, passes through verbatim.
 */
@Component
class StrictStringModule extends SimpleModule {

	StrictStringModule() {
		super("careslot-strict-strings");
		addDeserializer(String.class, new StrictStringDeserializer());
	}

	static final class StrictStringDeserializer extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (String) ctxt.handleUnexpectedToken(String.class, p);
			}
			String value = p.getString();
			Text problem = problemOf(value);
			if (problem != null) {
				throw new InvalidTextException(p, problem, value);
			}
			return value;
		}
	}

	static Text problemOf(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
				return Text.of("field.controlCharacters");
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return Text.of("field.invalidUnicode");
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return Text.of("field.invalidUnicode");
			}
		}
		return null;
	}

	static final class InvalidTextException extends InvalidFormatException {

		private final Text reason;

		InvalidTextException(JsonParser p, Text reason, String value) {
			super(p, reason.code(), value, String.class);
			this.reason = reason;
		}

		Text reason() {
			return reason;
		}
	}
}
