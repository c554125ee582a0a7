/**
 * Start-up: the {@code Launcher} main class decides between the window (no arguments, or --file PATH) and the
 * headless command line. The only package that knows both the UI and the CLI.
 */
package jp.kyoseivision.app;
