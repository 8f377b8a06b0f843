package nl.alliantie.accounts.login;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

	/**
	 * What the login page shows: the error's text key, the field it belongs to, and for a wait
	 * the text key and amount of how long ({@code waitKey} is null otherwise).
	 */
	public record LoginPage(String email, @Nullable String error, @Nullable String errorField, @Nullable String waitKey, long waitAmount,
			boolean loggedOut, boolean passwordSet) {
	}

	@GetMapping("/inloggen")
	String login(@RequestParam(name = "uitgelogd", required = false) String loggedOut,
			@RequestParam(name = "wachtwoord-ingesteld", required = false) String passwordSet, Model model) {
		Map<String, Object> flash = model.asMap();
		String email = (String) flash.getOrDefault(LoginHandlers.EMAIL, "");
		String error = null;
		String errorField = null;
		String waitKey = null;
		long waitAmount = 0;
		Object code = flash.get(LoginHandlers.ERROR);
		if ("bad".equals(code)) {
			error = "accounts.login.error.bad";
			errorField = "wachtwoord";
		}
		else if ("codeExpired".equals(code)) {
			error = "accounts.code.error.expired";
			errorField = "email";
		}
		else if (code instanceof String throttled && throttled.startsWith("throttled.")) {
			error = "accounts.login.error." + throttled;
			errorField = throttled.endsWith("network") ? "email" : "wachtwoord";
			long seconds = (Long) flash.getOrDefault(LoginHandlers.WAIT, 1L);
			waitKey = seconds < 120 ? "accounts.wait.seconds" : "accounts.wait.minutes";
			waitAmount = seconds < 120 ? seconds : (seconds + 59) / 60;
		}
		model.addAttribute("page",
				new LoginPage(email, error, errorField, waitKey, waitAmount, loggedOut != null, passwordSet != null));
		return "accounts/login";
	}
}
