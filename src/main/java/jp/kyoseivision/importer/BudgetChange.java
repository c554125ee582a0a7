package jp.kyoseivision.importer;

/**
 * One card's budget for one fiscal year before and after an import, thousand yen ({@code null} = no budget).
 */
public record BudgetChange(String measureId, int number, String name, int fy, Long before, Long after) {
}
