/**
 * The 意見 window: the opinions and answers of a revision, filtered and searched, and the form of one opinion.
 * OpinionViewModel and OpinionFormModel own the field texts, their errors and the commit of edits.
 */
package jp.kyoseivision.ui.opinion;
