package nl.alliantie.accounts.login;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

	/** What the login page shows. */
	public record LoginPage(String email, String error, String errorField, boolean loggedOut, boolean passwordSet) {
	}

	@GetMapping("/inloggen")
	String login(@RequestParam(name = "uitgelogd", required = false) String loggedOut,
			@RequestParam(name = "wachtwoord-ingesteld", required = false) String passwordSet, Model model) {
		Map<String, Object> flash = model.asMap();
		String email = (String) flash.getOrDefault(LoginHandlers.EMAIL, "");
		String error = null;
		String errorField = null;
		if ("bad".equals(flash.get(LoginHandlers.ERROR))) {
			error = "accounts.login.error.bad";
			errorField = "wachtwoord";
		}
		else if ("throttled".equals(flash.get(LoginHandlers.ERROR))) {
			error = "accounts.login.error.throttled";
			errorField = "email";
		}
		model.addAttribute("page", new LoginPage(email, error, errorField, loggedOut != null, passwordSet != null));
		model.addAttribute("minutes", flash.getOrDefault(LoginHandlers.MINUTES, 0L));
		return "accounts/login";
	}
}
