package nl.alliantie.network.organisations;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.network.places.Places;

/** The public directory of organisations, its CSV export and the page of one organisation. */
@Controller
public class DirectoryController {

	static final int PAGE_SIZE = 25;

	/** A row as the directory shows it. */
	public record RowView(long id, String name, String type, String municipality, String province, String region,
			String status) {
	}

	public record DirectoryPage(DirectoryFilter filter, List<RowView> rows, int page, boolean hasNext,
			List<Places.Region> regions, List<Places.Province> provinces, List<Places.OrganisationType> types,
			List<OrganisationStatus> statuses, String pagerHref, String csvHref, boolean canCreate) {
	}

	public record OrganisationPage(Directory.Detail organisation, String type, String region, boolean canEdit) {
	}

	private final Directory directory;

	private final Places places;

	private final Access access;

	DirectoryController(Directory directory, Places places, Access access) {
		this.directory = directory;
		this.places = places;
		this.access = access;
	}

	@GetMapping("/organisaties")
	String list(DirectoryFilter filter, @RequestParam(defaultValue = "1") int pagina, Model model,
			java.util.Locale locale) {
		DirectoryFilter canonical = canonical(filter);
		int page = Math.max(1, Math.min(pagina, 100_000));
		List<Directory.Row> rows = directory.page(canonical, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		String query = canonical.query();
		model.addAttribute("page", new DirectoryPage(canonical,
				rows.stream().limit(PAGE_SIZE).map(row -> view(row, locale)).toList(), page, hasNext, places.regions(),
				places.provinces(), places.types(), statuses(),
				"/organisaties" + (query.isEmpty() ? "" : "?" + query),
				"/organisaties.csv" + (query.isEmpty() ? "" : "?" + query), access.hasRole(Role.REGIOCOORDINATOR)));
		return "network/directory";
	}

	@GetMapping("/organisaties.csv")
	void csv(DirectoryFilter filter, HttpServletResponse response, java.util.Locale locale) throws java.io.IOException {
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"organisaties.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, List.of("id", "naam", "type", "gemeente", "provincie", "regio", "status", "lid sinds",
				"website", "wat wij doen", "thema's"));
		directory.export(canonical(filter), row -> Csv.row(out, java.util.Arrays.asList(row.id(), row.name(),
				places.typeName(row.typeKey(), locale), row.municipality(), row.province(), places.regionName(row.regionKey()),
				OrganisationStatus.valueOf(row.status()).word(), row.memberSince(), row.website(), row.activities(), String.join(", ", row.themes()))));
		out.flush();
	}

	@GetMapping("/organisaties/{id}")
	String show(@PathVariable long id, Model model, java.util.Locale locale) {
		Directory.Detail detail = directory.detail(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean canEdit = access.coordinates(detail.regionKey()) || access.represents(id);
		if (!canEdit && !OrganisationStatus.valueOf(detail.status()).isPublic()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page", new OrganisationPage(detail, places.typeName(detail.typeKey(), locale),
				places.regionName(detail.regionKey()), canEdit));
		return "network/organisation";
	}

	private RowView view(Directory.Row row, java.util.Locale locale) {
		return new RowView(row.id(), row.name(), places.typeName(row.typeKey(), locale), row.municipality(), row.province(),
				places.regionName(row.regionKey()), row.status());
	}

	/** Names as stored: a municipality typed in lower case still matches. */
	private DirectoryFilter canonical(DirectoryFilter filter) {
		String municipality = filter.gemeente() == null ? null
				: places.municipality(filter.gemeente()).map(Places.Municipality::name).orElse(filter.gemeente());
		String region = filter.regio() == null ? null
				: places.region(filter.regio()).map(Places.Region::key).orElse(filter.regio());
		String status = filter.status();
		if (status != null && !staff() && Arrays.stream(OrganisationStatus.values())
			.anyMatch(s -> !s.isPublic() && s.name().equals(filter.status()))) {
			status = null;
		}
		return new DirectoryFilter(region, filter.provincie(), municipality, filter.type(), status, filter.naam());
	}

	/** Coordinators and the secretariat also find the sign-ups that wait for the secretariat. */
	private boolean staff() {
		return access.hasRole(Role.REGIOCOORDINATOR);
	}

	private List<OrganisationStatus> statuses() {
		return Arrays.stream(OrganisationStatus.values()).filter(s -> s.isPublic() || staff()).toList();
	}
}
