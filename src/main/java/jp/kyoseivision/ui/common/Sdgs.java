package jp.kyoseivision.ui.common;

/** The 17 Sustainable Development Goals, by number, with their Japanese and English short names. */
public final class Sdgs {
    private static final String[] JA = {"貧困をなくそう", "飢餓をゼロに", "すべての人に健康と福祉を",
        "質の高い教育をみんなに", "ジェンダー平等を実現しよう", "安全な水とトイレを世界中に",
        "エネルギーをみんなに そしてクリーンに", "働きがいも経済成長も", "産業と技術革新の基盤をつくろう",
        "人や国の不平等をなくそう", "住み続けられるまちづくりを", "つくる責任 つかう責任", "気候変動に具体的な対策を",
        "海の豊かさを守ろう", "陸の豊かさも守ろう", "平和と公正をすべての人に", "パートナーシップで目標を達成しよう"};
    private static final String[] EN = {"No poverty", "Zero hunger", "Good health and well-being",
        "Quality education", "Gender equality", "Clean water and sanitation", "Affordable and clean energy",
        "Decent work and economic growth", "Industry, innovation and infrastructure", "Reduced inequalities",
        "Sustainable cities and communities", "Responsible consumption and production", "Climate action",
        "Life below water", "Life on land", "Peace, justice and strong institutions", "Partnerships for the goals"};

    private Sdgs() {
    }

    public static String name(int goal, I18n i18n) {
        return goal + " " + (i18n.english() ? EN : JA)[goal - 1];
    }
}
