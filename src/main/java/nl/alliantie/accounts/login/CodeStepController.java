package nl.alliantie.accounts.login;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.twostep.RecoveryCodesPage;
import nl.alliantie.accounts.twostep.TwoStep;

/**
 * The second step of a login (docs/adr/0019): the code from the app or a recovery code, or, when
 * the secretariat requires two-step login and it is not set up yet, setting it up. Only with a
 * pending login in the session, whose password was right; codes are counted on the same throttle
 * key as that password.
 */
@Controller
public class CodeStepController {

	static final String CODE = "/inloggen/code";

	static final String SETUP = "/inloggen/instellen";

	/** The code page: the error's text and its argument (a wait), if any. */
	public record CodePage(@Nullable String error, @Nullable String errorArgumentKey, long errorArgument) {
	}

	/** Setting up during login: the key and QR code, the error if any. */
	public record SetupPage(TwoStep.Setup setup, @Nullable String error, boolean duringLogin) {
	}

	private final TwoStep twoStep;

	private final LoginThrottle throttle;

	private final AccountDetailsService accounts;

	private final LoginHandlers handlers;

	private final Clock clock;

	CodeStepController(TwoStep twoStep, LoginThrottle throttle, AccountDetailsService accounts, LoginHandlers handlers,
			Clock clock) {
		this.twoStep = twoStep;
		this.throttle = throttle;
		this.accounts = accounts;
		this.handlers = handlers;
		this.clock = clock;
	}

	@GetMapping(CODE)
	String code(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		PendingLogin pending = pending(request, AccountPrincipal.SecondStep.CODE);
		if (pending == null) {
			return startOver(request, redirect);
		}
		model.addAttribute("page", new CodePage(null, null, 0));
		return "accounts/code";
	}

	@PostMapping(CODE)
	@Nullable String code(@RequestParam(name = "code", required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws ServletException, IOException {
		PendingLogin pending = pending(request, AccountPrincipal.SecondStep.CODE);
		if (pending == null) {
			return startOver(request, redirect);
		}
		if (code == null || code.isBlank()) {
			model.addAttribute("page", new CodePage("accounts.code.error.required", null, 0));
			return "accounts/code";
		}
		Optional<Duration> wait = throttle.claim(pending.kind(), pending.key());
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			model.addAttribute("page", seconds < 120 ? new CodePage("accounts.code.error.wait", "accounts.wait.seconds", seconds)
					: new CodePage("accounts.code.error.wait", "accounts.wait.minutes", (seconds + 59) / 60));
			return "accounts/code";
		}
		if (!twoStep.check(pending.accountId(), code)) {
			PendingLogin tried = pending.withTry();
			if (tried.expired(clock.instant())) {
				return startOver(request, redirect);
			}
			tried.keep(request);
			model.addAttribute("page", new CodePage("accounts.code.error.wrong", null, 0));
			return "accounts/code";
		}
		throttle.forget(pending.kind(), pending.key());
		Authentication login = handlers.establish(accounts.loadUserByUsername(pending.email()), request, response);
		handlers.continueAfter(login, request, response);
		return null;
	}

	@GetMapping(SETUP)
	String setup(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		PendingLogin pending = pending(request, AccountPrincipal.SecondStep.SETUP);
		if (pending == null) {
			return startOver(request, redirect);
		}
		TwoStep.Setup setup = twoStep.pending(pending.accountId(), pending.email())
			.orElseGet(() -> twoStep.begin(pending.accountId(), pending.email()));
		model.addAttribute("page", new SetupPage(setup, null, true));
		return "accounts/setup";
	}

	@PostMapping(SETUP)
	String setup(@RequestParam(name = "code", required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PendingLogin pending = pending(request, AccountPrincipal.SecondStep.SETUP);
		if (pending == null) {
			return startOver(request, redirect);
		}
		Optional<TwoStep.Setup> setup = twoStep.pending(pending.accountId(), pending.email());
		if (setup.isEmpty()) {
			return startOver(request, redirect);
		}
		Optional<List<String>> codes = code == null || code.isBlank() ? Optional.empty()
				: twoStep.confirm(pending.accountId(), code.replaceAll("\\s", ""));
		if (codes.isEmpty()) {
			model.addAttribute("page", new SetupPage(setup.get(),
					code == null || code.isBlank() ? "accounts.code.error.required" : "accounts.twostep.error.wrong", true));
			return "accounts/setup";
		}
		throttle.forget(pending.kind(), pending.key());
		handlers.establish(accounts.loadUserByUsername(pending.email()), request, response);
		model.addAttribute("page", new RecoveryCodesPage(codes.get(), "/beheer"));
		return "accounts/recoveryCodes";
	}

	private @Nullable PendingLogin pending(HttpServletRequest request, AccountPrincipal.SecondStep step) {
		PendingLogin pending = PendingLogin.in(request);
		if (pending == null || pending.step() != step || pending.expired(clock.instant())) {
			return null;
		}
		return pending;
	}

	private String startOver(HttpServletRequest request, RedirectAttributes redirect) {
		boolean wasPending = PendingLogin.in(request) != null;
		PendingLogin.forget(request);
		if (wasPending) {
			redirect.addFlashAttribute(LoginHandlers.ERROR, "codeExpired");
		}
		return "redirect:/inloggen";
	}
}
