package nl.helder.server.web;

import com.microsoft.playwright.Locator;

import java.util.Map;

/**
 * Measures, in the browser, how much of an element a person can actually see: its box cut by the viewport and by
 * every ancestor that clips (overflow other than visible, across shadow roots), and whether something else (a
 * sticky header) covers it.
 */
final class OnScreen {

    private static final String MEASURE = """
            el => {
              const box = el.getBoundingClientRect();
              let top = Math.max(box.top, 0), bottom = Math.min(box.bottom, window.innerHeight);
              let left = Math.max(box.left, 0), right = Math.min(box.right, window.innerWidth);
              for (let node = el.parentNode; node; node = node.parentNode || node.host) {
                if (node.nodeType !== 1) { continue; }
                const style = getComputedStyle(node);
                if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
                  const clip = node.getBoundingClientRect();
                  top = Math.max(top, clip.top); bottom = Math.min(bottom, clip.bottom);
                  left = Math.max(left, clip.left); right = Math.min(right, clip.right);
                }
              }
              const style = getComputedStyle(el);
              const line = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
              let covered = false;
              if (bottom > top && right > left) {
                const hit = el.getRootNode().elementFromPoint((left + right) / 2, top + Math.min(line, bottom - top) / 2);
                covered = !(hit && (hit === el || el.contains(hit)));
              }
              return { visibleHeight: Math.max(0, bottom - top), visibleWidth: Math.max(0, right - left),
                       height: box.height, width: box.width, line: line, covered: covered };
            }""";

    record Measure(double visibleHeight, double visibleWidth, double height, double width, double line, boolean covered) {

        /** At least one whole line of text can be read where it is. */
        boolean showsALine() {
            return !covered && visibleHeight >= line - 0.5 && visibleWidth >= Math.min(width, 40);
        }

        /** The whole element is on screen and not covered (a control). */
        boolean whollyVisible() {
            return !covered && visibleHeight >= height - 0.5 && visibleWidth >= width - 0.5;
        }
    }

    private OnScreen() {
    }

    static Measure measure(Locator element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) element.evaluate(MEASURE);
        return new Measure(number(result, "visibleHeight"), number(result, "visibleWidth"), number(result, "height"),
                number(result, "width"), number(result, "line"), Boolean.TRUE.equals(result.get("covered")));
    }

    private static double number(Map<String, Object> result, String key) {
        return ((Number) result.get(key)).doubleValue();
    }
}
