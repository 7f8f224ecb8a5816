package org.careslot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private final ApplicationModules modules = ApplicationModules.of(CareSlotApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	/**
	 * The module diagram in docs/architecture.md is the one the code has: every module, and every
	 * dependency between modules (except on platform, which every module uses), labelled with how
	 * (a call, or listening to events). When the code changes, the failure prints the new diagram.
	 */
	@Test
	void architectureDocumentShowsTheModulesAsTheyAre() throws IOException {
		String document = Files.readString(ARCHITECTURE);
		String start = "<!-- modules:start (ModularityTests) -->\n";
		String end = "<!-- modules:end -->";
		assertThat(document).contains(start).contains(end);
		String drawn = document.substring(document.indexOf(start) + start.length(), document.indexOf(end));
		assertThat(drawn).as("docs/architecture.md's module diagram; replace it with this").isEqualTo(diagram());
	}

	private String diagram() {
		StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
		List<ApplicationModule> all = modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
		all.forEach(m -> out.append("  ").append(m.getName()).append('\n'));
		for (ApplicationModule module : all) {
			var byTarget = new TreeMap<String, Set<DependencyType>>();
			module.getDirectDependencies(modules).stream()
				.filter(d -> !d.getTargetModule().getName().equals("platform"))
				.forEach((ApplicationModuleDependency d) -> byTarget
					.computeIfAbsent(d.getTargetModule().getName(), k -> new java.util.TreeSet<>())
					.add(d.getDependencyType()));
			byTarget.forEach((target, types) -> out.append("  ").append(module.getName())
				.append(" -->|").append(label(types)).append("| ").append(target).append('\n'));
		}
		return out.append("```\n").toString();
	}

	private static String label(Set<DependencyType> types) {
		boolean listens = types.contains(DependencyType.EVENT_LISTENER);
		boolean calls = types.stream().anyMatch(t -> t != DependencyType.EVENT_LISTENER);
		return Set.of(calls ? "uses" : "", listens ? "listens to" : "").stream()
			.filter(s -> !s.isEmpty())
			.sorted(Comparator.reverseOrder())
			.collect(Collectors.joining(", "));
	}
}
