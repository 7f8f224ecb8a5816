package org.careslot.doctors;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An amount in a currency; the amount travels as a string ("80.00") so no client rounds it. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
}
