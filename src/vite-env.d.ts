/// <reference types="vite/client" />

/** The package version, for cache busting. */
declare const __APP_VERSION__: string;
/** Version plus build time: changes with every deployment. */
declare const __BUILD_ID__: string;
