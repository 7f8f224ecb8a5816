package org.careslot.platform;

import java.util.Map;

/**
 * What a module tells the web app before anyone signs in (policies, modes), served merged at
 * {@code GET /api/config}. Nothing secret: anyone can read it.
 */
public interface ClientConfig {

	Map<String, Object> clientConfig();
}
