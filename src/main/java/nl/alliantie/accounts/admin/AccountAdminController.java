package nl.alliantie.accounts.admin;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.twostep.TwoStep;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat's list of accounts and the invitation to make one. */
@Controller
@RequestMapping("/beheer/accounts")
@PreAuthorize("@access.isSecretariat()")
public class AccountAdminController {

	static final int PAGE_SIZE = 25;

	public record InviteForm(
			@NotBlank(message = "{accounts.name.required}") @Size(max = 200, message = "{accounts.name.size}") String naam,
			@NotBlank(message = "{accounts.email.required}") @Email(message = "{accounts.email.invalid}")
			@Size(max = 254, message = "{accounts.email.invalid}") String email,
			@NotNull(message = "{accounts.role.required}") @Nullable Role rol,
			@Size(max = 100, message = "{accounts.scope.size}") String bereik) {

		static InviteForm empty() {
			return new InviteForm("", "", null, "");
		}
	}

	public record AccountsPage(List<Accounts.AccountRow> accounts, int page, boolean hasNext, InviteForm form,
			FormErrors errors, List<Role> roles, @Nullable String invited, TwoStep.Policy twoStep, @Nullable String notice) {
	}

	private final Accounts accounts;

	private final MessageSource messages;

	private final TwoStep twoStep;

	AccountAdminController(Accounts accounts, MessageSource messages, TwoStep twoStep) {
		this.accounts = accounts;
		this.messages = messages;
		this.twoStep = twoStep;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", page(pagina, InviteForm.empty(), FormErrors.NONE,
				(String) model.asMap().get("invited"), (String) model.asMap().get("notice")));
		return "accounts/admin";
	}

	/** Two-step login required for every account with a bound role, and for the secretariat. */
	@PostMapping("/tweestaps")
	String requireTwoStep(@RequestParam(name = "gebonden", defaultValue = "false") boolean boundRoles,
			@RequestParam(name = "secretariaat", defaultValue = "false") boolean secretariat, RedirectAttributes redirect) {
		twoStep.require(new TwoStep.Policy(boundRoles, secretariat));
		redirect.addFlashAttribute("notice", "accounts.admin.policy.saved");
		return "redirect:/beheer/accounts";
	}

	/** For someone who lost both phone and recovery codes: they set it up again at their next login. */
	@PostMapping("/{id}/tweestaps-uit")
	String resetTwoStep(@PathVariable long id, RedirectAttributes redirect) {
		twoStep.turnOff(id);
		redirect.addFlashAttribute("notice", "accounts.admin.twoStep.resetDone");
		return "redirect:/beheer/accounts";
	}

	@PostMapping("/uitnodigen")
	String invite(@Valid @ModelAttribute InviteForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.rol() != null && form.rol().bound() && (form.bereik() == null || form.bereik().isBlank())) {
			result.rejectValue("bereik", "accounts.scope.required");
		}
		Role role = form.rol();
		if (!result.hasErrors() && role != null) { // no role is an error of the form (@NotNull)
			accounts.invite(form.email(), form.naam(), new Grant(role, form.bereik()), locale);
			redirect.addFlashAttribute("invited", form.email().trim());
			return "redirect:/beheer/accounts";
		}
		model.addAttribute("page", page(1, form, FormErrors.of(result, messages, locale), null, null));
		return "accounts/admin";
	}

	private AccountsPage page(int number, InviteForm form, FormErrors errors, @Nullable String invited, @Nullable String notice) {
		int page = Math.max(1, number);
		List<Accounts.AccountRow> rows = accounts.list((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new AccountsPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext, form, errors,
				List.of(Role.values()), invited, twoStep.policy(), notice);
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink accountsAdminLink() {
			return new AdminLink("accounts.admin.title", "accounts.admin.description", "/beheer/accounts", 90,
					Role.SECRETARIAAT.name());
		}
	}
}
