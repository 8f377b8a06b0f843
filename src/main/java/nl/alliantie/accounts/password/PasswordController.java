package nl.alliantie.accounts.password;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.accounts.login.KnownDevices;
import nl.alliantie.shared.web.FormErrors;

/** Forgotten password, and setting a password from a reset or invitation link. */
@Controller
public class PasswordController {

	record ForgotForm(@NotBlank(message = "{accounts.email.required}") @Email(message = "{accounts.email.invalid}")
			@Size(max = 254, message = "{accounts.email.invalid}") String email) {
	}

	public record ForgotPage(String email, FormErrors errors, boolean sent) {
	}

	record SetPasswordForm(
			@NotBlank(message = "{accounts.password.required}") @Size(min = 10, max = 128,
					message = "{accounts.password.size}") String wachtwoord,
			String herhaling) {
	}

	public record SetPasswordPage(String token, boolean invite, FormErrors errors) {
	}

	private final Accounts accounts;

	private final LinkTokens tokens;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final KnownDevices devices;

	PasswordController(Accounts accounts, LinkTokens tokens, MessageSource messages,
			TransactionTemplate transactions, KnownDevices devices) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.messages = messages;
		this.transactions = transactions;
		this.devices = devices;
	}

	@GetMapping("/wachtwoord-vergeten")
	String forgot(@RequestParam(name = "verstuurd", required = false) String sent, Model model) {
		model.addAttribute("page", new ForgotPage("", FormErrors.NONE, sent != null));
		return "accounts/forgot";
	}

	@PostMapping("/wachtwoord-vergeten")
	String forgot(@Valid @ModelAttribute ForgotForm form, BindingResult result, Model model, Locale locale) {
		if (result.hasErrors()) {
			model.addAttribute("page",
					new ForgotPage(form.email(), FormErrors.of(result, messages, locale), false));
			return "accounts/forgot";
		}
		accounts.requestPasswordReset(form.email(), locale);
		return "redirect:/wachtwoord-vergeten?verstuurd";
	}

	@GetMapping("/wachtwoord/{token}")
	String setPassword(@PathVariable String token, Model model) {
		return tokens.find(token)
			.filter(link -> isPasswordLink(link.purpose()))
			.map(link -> {
				model.addAttribute("page",
						new SetPasswordPage(token, Accounts.INVITE.equals(link.purpose()), FormErrors.NONE));
				return "accounts/setPassword";
			})
			.orElse("accounts/linkExpired");
	}

	@PostMapping("/wachtwoord/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute SetPasswordForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		var link = tokens.find(token).filter(found -> isPasswordLink(found.purpose()));
		if (link.isEmpty()) {
			return "accounts/linkExpired";
		}
		if (!result.hasFieldErrors("wachtwoord") && !form.wachtwoord().equals(form.herhaling())) {
			result.rejectValue("herhaling", "accounts.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("page", new SetPasswordPage(token, Accounts.INVITE.equals(link.get().purpose()),
					FormErrors.of(result, messages, locale)));
			return "accounts/setPassword";
		}
		Optional<Long> account = transactions.execute(status -> tokens.consume(link.get().purpose(), token).map(subject -> {
			accounts.setPassword(new AccountId(Long.parseLong(subject)), form.wachtwoord());
			return Long.parseLong(subject);
		}));
		if (account == null || account.isEmpty()) {
			return "accounts/linkExpired";
		}
		devices.rememberAfterMailLink(account.get(), request, response);
		return "redirect:/inloggen?wachtwoord-ingesteld";
	}

	private static boolean isPasswordLink(String purpose) {
		return Accounts.INVITE.equals(purpose) || Accounts.PASSWORD_RESET.equals(purpose);
	}
}
