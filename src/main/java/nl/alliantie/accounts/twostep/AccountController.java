package nl.alliantie.accounts.twostep;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.CurrentAccount;
import nl.alliantie.shared.web.AdminLink;

/** Each person's own account: who they are, and two-step login set up, renewed or turned off. */
@Controller
@RequestMapping("/beheer/account")
public class AccountController {

	/** The account page; {@code error} belongs to the code field of {@code errorForm}. */
	public record AccountPage(CurrentAccount account, TwoStep.Status twoStep, @Nullable String notice, @Nullable String errorForm,
			@Nullable String error) {
	}

	/** Setting up from the account page. */
	public record SetupPage(TwoStep.Setup setup, @Nullable String error) {
	}

	private final Access access;

	private final TwoStep twoStep;

	AccountController(Access access, TwoStep twoStep) {
		this.access = access;
		this.twoStep = twoStep;
	}

	@GetMapping
	String account(Model model) {
		CurrentAccount me = me();
		model.addAttribute("page",
				new AccountPage(me, twoStep.status(me.id().value(), me.grants()), (String) model.getAttribute("notice"), null, null));
		return "accounts/account";
	}

	@PostMapping("/tweestaps/starten")
	String begin() {
		CurrentAccount me = me();
		if (!twoStep.status(me.id().value(), me.grants()).on()) {
			twoStep.begin(me.id().value(), me.email());
		}
		return "redirect:/beheer/account/tweestaps";
	}

	@GetMapping("/tweestaps")
	String setup(Model model) {
		CurrentAccount me = me();
		Optional<TwoStep.Setup> setup = twoStep.pending(me.id().value(), me.email());
		if (setup.isEmpty()) {
			return "redirect:/beheer/account";
		}
		model.addAttribute("page", new SetupPage(setup.get(), null));
		return "accounts/accountSetup";
	}

	@PostMapping("/tweestaps")
	String confirm(@RequestParam(name = "code", required = false) String code, Model model) {
		CurrentAccount me = me();
		Optional<TwoStep.Setup> setup = twoStep.pending(me.id().value(), me.email());
		if (setup.isEmpty()) {
			return "redirect:/beheer/account";
		}
		Optional<List<String>> codes = blank(code) ? Optional.empty()
				: twoStep.confirm(me.id().value(), code.replaceAll("\\s", ""));
		if (codes.isEmpty()) {
			model.addAttribute("page", new SetupPage(setup.get(),
					blank(code) ? "accounts.code.error.required" : "accounts.twostep.error.wrong"));
			return "accounts/accountSetup";
		}
		model.addAttribute("page", new RecoveryCodesPage(codes.get(), "/beheer/account"));
		return "accounts/recoveryCodes";
	}

	@PostMapping("/herstelcodes")
	String newRecoveryCodes(@RequestParam(name = "code", required = false) String code, Model model) {
		CurrentAccount me = me();
		if (blank(code) || !twoStep.check(me.id().value(), code)) {
			return withError(me, model, "herstelcodes", blank(code) ? "accounts.code.error.required" : "accounts.code.error.wrong");
		}
		model.addAttribute("page", new RecoveryCodesPage(twoStep.newRecoveryCodes(me.id().value()), "/beheer/account"));
		return "accounts/recoveryCodes";
	}

	@PostMapping("/tweestaps/uit")
	String turnOff(@RequestParam(name = "uit-code", required = false) String code, Model model, RedirectAttributes redirect) {
		CurrentAccount me = me();
		if (twoStep.status(me.id().value(), me.grants()).required()) {
			return withError(me, model, "uit", "accounts.twostep.error.required");
		}
		if (blank(code) || !twoStep.check(me.id().value(), code)) {
			return withError(me, model, "uit", blank(code) ? "accounts.code.error.required" : "accounts.code.error.wrong");
		}
		twoStep.turnOff(me.id().value());
		redirect.addFlashAttribute("notice", "accounts.twostep.turnedOff");
		return "redirect:/beheer/account";
	}

	private String withError(CurrentAccount me, Model model, String form, String error) {
		model.addAttribute("page", new AccountPage(me, twoStep.status(me.id().value(), me.grants()), null, form, error));
		return "accounts/account";
	}

	private CurrentAccount me() {
		return access.current().orElseThrow(() -> new org.springframework.security.authorization.AuthorizationDeniedException("Niet ingelogd"));
	}

	private static boolean blank(String code) {
		return code == null || code.isBlank();
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink accountLink() {
			return new AdminLink("accounts.account.title", "accounts.account.description", "/beheer/account", 95, null);
		}
	}
}
