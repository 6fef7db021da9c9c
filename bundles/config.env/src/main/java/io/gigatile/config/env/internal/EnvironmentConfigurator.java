/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.gigatile.config.env.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the settings found in the environment and on the command line into Configuration Admin once, at
 * start. Variables that are not set leave the configuration alone, so operator files in the watched folder
 * keep working beside them.
 */
@Component(immediate = true)
public class EnvironmentConfigurator {
    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentConfigurator.class);

    /** The bnd launcher registers itself with the command line in this property. */
    static final String LAUNCHER_ARGUMENTS = "launcher.arguments";

    /** FileInstall's folders, comma-separated: it only watches a folder that exists when it starts. */
    static final String WATCHED_FOLDER = "felix.fileinstall.dir";

    @Activate
    public EnvironmentConfigurator(BundleContext context, @Reference ConfigurationAdmin configAdmin,
            @Reference(service = Object.class, target = "(" + LAUNCHER_ARGUMENTS + "=*)",
                    cardinality = ReferenceCardinality.OPTIONAL) Map<String, Object> launcher) {
        this(configAdmin, System.getenv(), arguments(launcher));
        createWatchedFolders(context.getProperty(WATCHED_FOLDER));
    }

    EnvironmentConfigurator(ConfigurationAdmin configAdmin, Map<String, String> environment, List<String> args) {
        // what is said about the environment is said before logging is reconfigured: lines logged while Pax
        // Logging swaps its configuration are lost
        Unsupported.lines(environment).forEach(LOG::warn);
        Map<String, Map<String, Object>> settings = Settings.from(environment);
        setLoggingUnlessConfigured(configAdmin, environment);
        settings.forEach((pid, props) -> merge(configAdmin, pid, props));
        try {
            BindArgument.from(args).ifPresent(props -> merge(configAdmin, BindArgument.HTTP_PID, props));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; the server keeps its default address", e.getMessage());
        }
        try {
            BindArgument.backlog(args).ifPresent(props -> merge(configAdmin, BindArgument.HTTP_PID, props));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; the server keeps the JDK's backlog, 50", e.getMessage());
        }
        LOG.debug("environment settings applied; arguments {}", args);
    }

    /** An operator's own logging configuration (a file in the watched folder) is left alone. */
    private static void setLoggingUnlessConfigured(ConfigurationAdmin configAdmin, Map<String, String> environment) {
        try {
            Configuration config = configAdmin.getConfiguration(LoggingSettings.PID, "?");
            if (config.getProperties() == null || environment.containsKey("VERBOSITY")
                    || environment.containsKey("LOGFILE")) {
                config.updateIfDifferent(new Hashtable<>(LoggingSettings.from(environment)));
            }
        } catch (IOException e) {
            LOG.error("could not configure logging", e);
        }
    }

    private static void createWatchedFolders(String folders) {
        if (folders == null) {
            return;
        }
        for (String folder : folders.split(",")) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Files.createDirectories(Path.of(folder.trim()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot create the watched folder {}: {}", folder.trim(), e.getMessage());
            }
        }
    }

    private static List<String> arguments(Map<String, Object> launcher) {
        if (launcher != null && launcher.get(LAUNCHER_ARGUMENTS) instanceof String[] args) {
            return Arrays.asList(args);
        }
        return List.of();
    }

    /** Adds to what is there rather than replacing it, so that other sources of the same PID survive. */
    private static void merge(ConfigurationAdmin configAdmin, String pid, Map<String, Object> props) {
        try {
            Configuration config = configAdmin.getConfiguration(pid, "?");
            Dictionary<String, Object> current = config.getProperties();
            Dictionary<String, Object> next = current == null ? new Hashtable<>() : current;
            props.forEach(next::put);
            config.updateIfDifferent(next);
            LOG.info("configured {} from the environment: {}", pid, props.keySet());
        } catch (IOException e) {
            LOG.error("could not store the configuration {}", pid, e);
        }
    }
}
