package org.careslot.platform.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session from the store at most once per request. Spring Session commits the session
 * when the response is committed and again when its filter finishes, and the second commit
 * looks the session up again: one extra query and deserialization on every signed-in request.
 * Outside a request (no {@link #filter()} around the call) every call goes to the store.
 */
final class OncePerRequestSessionLookup<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private final FindByIndexNameSessionRepository<S> store;
	private final ThreadLocal<Lookup<S>> current = new ThreadLocal<>();

	OncePerRequestSessionLookup(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	/** The session read during this request, if any. */
	private static final class Lookup<S> {
		S session;
	}

	@Override
	public S findById(String id) {
		Lookup<S> lookup = current.get();
		if (lookup == null) {
			return store.findById(id);
		}
		if (lookup.session == null || !lookup.session.getId().equals(id) || lookup.session.isExpired()) {
			lookup.session = store.findById(id);
		}
		return lookup.session;
	}

	@Override
	public S createSession() {
		return store.createSession();
	}

	@Override
	public void save(S session) {
		store.save(session);
	}

	@Override
	public void deleteById(String id) {
		Lookup<S> lookup = current.get();
		if (lookup != null && lookup.session != null && lookup.session.getId().equals(id)) {
			lookup.session = null;
		}
		store.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** Marks the request in which look-ups are shared; must wrap Spring Session's own filter. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				current.set(new Lookup<>());
				try {
					chain.doFilter(request, response);
				}
				finally {
					current.remove();
				}
			}
		};
	}
}
