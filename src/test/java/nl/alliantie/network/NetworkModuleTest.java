package nl.alliantie.network;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import nl.alliantie.AlliantieApplication;

/** The network module only uses the API of the modules it depends on, and nobody uses its insides. */
class NetworkModuleTest {

	@Test
	void modulesAreRespected() {
		ApplicationModules.of(AlliantieApplication.class).verify();
	}
}
