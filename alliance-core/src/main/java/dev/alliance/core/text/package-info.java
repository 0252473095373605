/**
 * Plain-text rendering that reports in core share: aligned columns. Reports are data first; this
 * is only the view that their {@code lines()} methods print.
 */
package dev.alliance.core.text;
