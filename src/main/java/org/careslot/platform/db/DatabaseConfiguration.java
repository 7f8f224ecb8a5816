package org.careslot.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database when {@code spring.datasource.url} is not set: {@code DATABASE_URL} if
 * present, otherwise a real PostgreSQL started from the embedded binaries. With
 * {@code spring.datasource.url} set, Spring Boot's own auto-configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfiguration.NoDatasourceUrl.class)
class DatabaseConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(Environment env, DatabaseProperties properties, DataSourceProperties dataSourceProperties) {
		String databaseUrl = env.getProperty("DATABASE_URL");
		if (StringUtils.hasText(databaseUrl)) {
			DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
			dataSourceProperties.setUrl(url.jdbcUrl());
			if (url.username() != null) {
				dataSourceProperties.setUsername(url.username());
				dataSourceProperties.setPassword(url.password());
			}
			return dataSourceProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		}
		EmbeddedPostgres pg = EmbeddedPostgresServer.acquire(properties);
		dataSourceProperties.setUrl(pg.getJdbcUrl("postgres", "postgres"));
		dataSourceProperties.setUsername("postgres");
		dataSourceProperties.setPassword("");
		return dataSourceProperties.initializeDataSourceBuilder().type(EmbeddedHikariDataSource.class).build();
	}

	/** Gives its context's hold on the embedded server back once the pool is closed. */
	static class EmbeddedHikariDataSource extends HikariDataSource {

		private boolean released;

		@Override
		public void close() {
			super.close();
			synchronized (this) {
				if (!released) {
					released = true;
					EmbeddedPostgresServer.release();
				}
			}
		}
	}


	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
