/** The tables a plan can be written to Excel as, in one place for the window and the command line. */
package jp.kyoseivision.exports;
