package nl.alliantie.consultations.invitations;

import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

import nl.alliantie.consultations.ConsultationStatus;

/** Rows of invitations as records, with the stored Dutch codes read as {@link Answer} and {@link ConsultationStatus}. */
final class InvitationRows {

	private static final DefaultConversionService CODES = new DefaultConversionService();

	static {
		CODES.addConverter(String.class, Answer.class, Answer::ofCode);
		CODES.addConverter(String.class, ConsultationStatus.class, ConsultationStatus::ofCode);
	}

	private InvitationRows() {
	}

	static <T> RowMapper<T> of(Class<T> type) {
		DataClassRowMapper<T> rows = new DataClassRowMapper<>(type);
		rows.setConversionService(CODES);
		return rows;
	}
}
