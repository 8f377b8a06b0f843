package nl.alliantie.journeys;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.newsletter.NewsletterFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter from end to end at 360 px: a visitor subscribes and confirms from the mail; a
 * correspondent hands in a piece with hostile Markdown; an editor accepts it, places it in an
 * issue, previews and sends it; the mail arrives with both parts and the RFC 8058 headers; the
 * reader's mail program unsubscribes with one bare POST. Hostile Markdown stays inert in Chromium.
 * Every page passes axe-core and fits the screen.
 */
@AlliantieTest
class EditorsSendAnIssueAndAReaderLeavesWithOneClickJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MailCatcher mails;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NewsletterFixtures fixtures;

	static final String HOSTILE = """
			Gewone tekst met een [link](https://example.org/goed).

			<script>window.__gehackt = 1</script>
			<iframe src="https://example.org"></iframe>
			<img src=x onerror="window.__gehackt = 2">
			[klik](javascript:window.__gehackt=3)
			""";

	@Test
	void aReaderSubscribesEditorsSendAnIssueAndTheReaderLeavesWithOneClick() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String reader = "lezer-" + run + "@test.alliantie.local";
		Page visitor = browser.newPage("http://localhost:" + port, 360);
		visitor.navigate("/nieuwsbrief");
		visitor.getByLabel("E-mailadres").fill(reader);
		visitor.getByLabel("Ik wil de nieuwsbrief van Alliantie per e-mail ontvangen.").check();
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		Matcher confirm = Pattern.compile("http://localhost(/nieuwsbrief/bevestigen/[A-Za-z0-9_-]{43})")
			.matcher(Mailboxes.waitFor(mails, reader, 1).get(0).text());
		assertThat(confirm.find()).isTrue();
		visitor.navigate(confirm.group(1));
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik wil de nieuwsbrief")).click();
		assertThat(visitor.getByRole(AriaRole.STATUS)).containsText("Uw aanmelding is bevestigd");
		visitor.context().close();

		String correspondentEmail = logins.account(new Grant(Role.CORRESPONDENT, "Limburg"));
		Page correspondent = login(correspondentEmail);
		correspondent.navigate("/beheer/nieuwsbrief/stukken/nieuw");
		assertAccessible(correspondent);
		String title = "Energiearmoede in Heerlen " + run;
		correspondent.getByLabel("Titel").fill(title);
		correspondent.getByLabel("Inleiding").fill("Veel huishoudens zitten in de kou.");
		correspondent.getByLabel("Tekst", new Page.GetByLabelOptions().setExact(true)).fill(HOSTILE);
		correspondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();
		assertThat(correspondent.getByRole(AriaRole.STATUS)).containsText("Bewaard");
		correspondent.getByLabel("Foto (JPEG, PNG of WebP)").setInputFiles(new FilePayload("zaal.jpg", "image/jpeg", jpeg(1600, 1000)));
		correspondent.getByLabel("Wat staat er op de foto?").fill("Een zaal vol mensen");
		correspondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Foto toevoegen")).click();
		assertThat(correspondent.getByRole(AriaRole.STATUS)).containsText("De foto staat bij het stuk.");
		assertThat(correspondent.getByAltText("Een zaal vol mensen")).isVisible();
		assertAccessible(correspondent);
		Browser.fitsTheScreen(correspondent);
		correspondent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij de redactie")).click();
		assertThat(correspondent.getByRole(AriaRole.STATUS)).containsText("Ingediend");
		assertInert(correspondent);
		assertAccessible(correspondent);
		Browser.fitsTheScreen(correspondent);
		correspondent.context().close();

		long issue = fixtures.issue("Energie " + run);
		Page editor = login(logins.account(Grant.of(Role.REDACTIE)));
		editor.navigate("/beheer/nieuwsbrief");
		assertAccessible(editor);
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
		assertThat(editor.getByRole(AriaRole.STATUS)).containsText("Geaccepteerd");
		editor.getByLabel("Plaatsen in nummer").selectOption(Long.toString(issue));
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In dit nummer plaatsen")).click();
		editor.getByLabel("Voorwoord").fill("Dit nummer gaat over **energie**.");
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();
		assertThat(editor.getByRole(AriaRole.STATUS)).containsText("Bewaard");
		assertAccessible(editor);
		Browser.fitsTheScreen(editor);
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mail op een telefoon (360 px)")).click();
		assertInert(editor);
		assertAccessible(editor);
		Browser.fitsTheScreen(editor);
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het nummer")).click();
		editor.getByLabel("Ja, verstuur dit nummer nu").check();
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen aan alle abonnees")).click();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("Het nummer wordt verstuurd");
		assertAccessible(editor);

		MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> mails.to(reader).stream().filter(m -> m.subject().contains(run)).findFirst()
				.flatMap(m -> mails.message(m.number())), java.util.Optional::isPresent)
			.orElseThrow();
		String header = MimeUtility.unfold(mail.getHeader("List-Unsubscribe", null));
		Matcher oneClick = Pattern.compile("^<http://localhost(/nieuwsbrief/afmelden/[A-Za-z0-9_-]{43}\\?nummer=" + issue
				+ ")>, <mailto:[^>]+>$").matcher(header);
		assertThat(oneClick.find()).as(header).isTrue();
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(html).contains(title).containsPattern("<img src=\"http://localhost/nieuwsbrief/beeld/[A-Za-z0-9_-]{22}\" alt=\"Een zaal vol mensen\"");
		// the hostile Markdown is in the mail as text, never as markup
		org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(html);
		assertThat(parsed.select("script, iframe, [onerror], img[src=x], a[href^=javascript]")).isEmpty();
		assertThat(parsed.text()).contains("<script>window.__gehackt = 1</script>");

		// the reader's mail program: one bare POST, no cookie, no form
		APIRequestContext mailProgram = browser.playwright().request()
			.newContext(new com.microsoft.playwright.APIRequest.NewContextOptions().setBaseURL("http://localhost:" + port));
		APIResponse response = mailProgram.post(oneClick.group(1), RequestOptions.create()
			.setHeader("Content-Type", "application/x-www-form-urlencoded").setData("List-Unsubscribe=One-Click"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers()).doesNotContainKey("set-cookie");
		mailProgram.dispose();
		assertThat(jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", reader)
			.query(String.class).single()).isEqualTo("UNSUBSCRIBED");

		editor.navigate("/nieuwsbrief/archief/" + issue);
		assertInert(editor);
		assertAccessible(editor);
		Browser.fitsTheScreen(editor);
		editor.context().close();
	}

	private static byte[] jpeg(int width, int height) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	private Page login(String email) {
		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Wachtwoord").fill(TestLogins.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		return page;
	}

	/** The hostile Markdown ran nothing, framed nothing and links nowhere but https. */
	private static void assertInert(Page page) {
		assertThat(page.evaluate("window.__gehackt === undefined")).isEqualTo(true);
		assertThat(page.locator("main script, main iframe, main img[onerror], main [onerror], main a[href^='javascript']").count())
			.isZero();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("link").setExact(true)).first())
			.hasAttribute("href", "https://example.org/goed");
	}
}
