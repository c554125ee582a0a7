package jp.kyoseivision.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TreeItem;
import jp.kyoseivision.OtherKinds;
import jp.kyoseivision.store.Sample;
import org.junit.jupiter.api.Test;

/**
 * The navigation tree by the shape of the plan (issue 19): the vision's 政策の視点 ＞ 政策分野 ＞ 取組分野 ＞ card rows
 * as before; a 総合戦略's 基本目標 ＞ 施策展開の基本的方向 ＞ 施策; an action plan's projects right below the plan.
 */
class OtherKindsTreeTest {
    private static List<String> kinds(List<NavNode> nodes) {
        return nodes.stream().map(n -> n.getClass().getSimpleName()).toList();
    }

    @Test
    void theVisionKeepsItsFourLevels() {
        NavNode plan = new NavNode.PlanNode(Sample.load().plans().get(1), Sample.load().plans().get(1).current()
                .orElseThrow());
        List<NavNode> perspectives = NavTree.children(plan);
        assertThat(kinds(perspectives)).containsOnly("PerspectiveNode").hasSize(3);
        List<NavNode> areas = NavTree.children(perspectives.get(0));
        assertThat(kinds(areas)).containsOnly("AreaNode");
        assertThat(NavTree.label(areas.get(0), null)).isEqualTo("医療");
        List<NavNode> directions = NavTree.children(areas.get(0));
        assertThat(kinds(directions)).containsOnly("DirectionNode");
        assertThat(NavTree.label(directions.get(0), null)).isEqualTo("地域保健医療体制の充実");
        assertThat(kinds(NavTree.children(directions.get(0)))).containsOnly("MeasureNode");
    }

    @Test
    void aStrategyShowsItsGoalsDirectionsAndItems() {
        var s = OtherKinds.sogoSenryaku();
        NavNode plan = new NavNode.PlanNode(s.plans().get(0), s.plans().get(0).current().orElseThrow());
        List<NavNode> goals = NavTree.children(plan);
        assertThat(kinds(goals)).containsExactly("AreaNode");
        List<NavNode> directions = NavTree.children(goals.get(0));
        assertThat(kinds(directions)).containsExactly("DirectionNode");
        assertThat(NavTree.label(directions.get(0), null)).isEqualTo("①　安定した雇用を創出する"); // its printed code first
        NavNode.MeasureNode item = (NavNode.MeasureNode) NavTree.children(directions.get(0)).get(0);
        assertThat(item.perspective()).isNull();
        assertThat(item.area().id()).isEqualTo("s1-g1");
        assertThat(NavTree.fresh(s, item)).isEqualTo(item);
        TreeItem<NavNode> root = NavTree.root(s);
        assertThat(NavTree.countCards(root)).isEqualTo(1);
    }

    @Test
    void anActionPlanShowsItsProjectsRightBelowThePlan() {
        var s = OtherKinds.actionPlan();
        NavNode plan = new NavNode.PlanNode(s.plans().get(0), s.plans().get(0).current().orElseThrow());
        List<NavNode> items = NavTree.children(plan);
        assertThat(kinds(items)).containsExactly("MeasureNode");
        NavNode.MeasureNode p1 = (NavNode.MeasureNode) items.get(0);
        assertThat(p1.direction()).isNull();
        assertThat(p1.measure().name()).isEqualTo("子育て寄り添いプロジェクト");
        assertThat(NavNode.name(p1.direction())).isEmpty();
        assertThat(NavTree.fresh(s, p1)).isEqualTo(p1);
        assertThat(NavTree.countCards(NavTree.root(s))).isEqualTo(1);
    }
}
