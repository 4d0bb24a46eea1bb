#pragma once

// Text that people cannot read: each visible text item of a window compared with what is drawn
// behind it in a picture of the window (WCAG 2.1 AA: a contrast ratio of 4.5:1, 3:1 for large
// text). The background is the commonest colour in the text's rectangle other than the text's
// own, so it is what the renderer drew there, whichever style, theme or renderer drew it.
// Text of a disabled control is exempt, as WCAG exempts inactive components.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <cmath>
#include <functional>

namespace windowtest {

struct ContrastProblem
{
    QString text;
    QColor foreground;
    QColor background;
    double ratio = 0;
    double required = 0;
    QRect rect;

    QString describe() const
    {
        return QStringLiteral("\"%1\" %2 on %3: %4:1 (needs %5:1) at %6,%7")
            .arg(text.left(60), foreground.name(), background.name())
            .arg(ratio, 0, 'f', 2)
            .arg(required, 0, 'f', 1)
            .arg(rect.x())
            .arg(rect.y());
    }
};

inline double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

inline double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Every text item of `window` drawn in `picture` (grabbed from it) whose contrast is too low;
/// `checked` counts the text items judged.
inline QList<ContrastProblem> lowContrastText(QQuickWindow *window, const QImage &picture,
                                              int *checked = nullptr)
{
    QList<ContrastProblem> problems;
    int judged = 0;
    const qreal scale = picture.width() / qreal(window->width());
    const QRectF windowRect(0, 0, window->width(), window->height());
    std::function<void(QQuickItem *, QRectF, qreal)> visit = [&](QQuickItem *item, QRectF clip,
                                                                 qreal opacity) {
        if (!item->isVisible() || !item->isEnabled())
            return; // hidden, or an inactive control (exempt)
        opacity *= item->opacity();
        if (opacity < 0.99)
            return; // fading in or out: no steady colour to judge
        const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->clip())
            clip = clip.intersected(scene);
        // Label, TextField and TextArea derive from these.
        const bool isText = item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
                            item->inherits("QQuickTextEdit");
        const QString text = isText ? item->property("text").toString().trimmed() : QString();
        const QColor colour = isText ? item->property("color").value<QColor>() : QColor();
        const QRect area = (scene.intersected(clip).toAlignedRect());
        if (isText && !text.isEmpty() && colour.isValid() && colour.alpha() > 0 &&
            area.width() >= 4 && area.height() >= 6) {
            const QRect pixels(int(area.x() * scale), int(area.y() * scale),
                               int(area.width() * scale), int(area.height() * scale));
            QHash<QRgb, int> counts;
            const QRect inside = pixels.intersected(picture.rect());
            for (int y = inside.top(); y <= inside.bottom(); ++y) {
                for (int x = inside.left(); x <= inside.right(); ++x)
                    ++counts[picture.pixel(x, y) | 0xff000000u];
            }
            // The commonest colour that is not the text's own (glyphs are antialiased into
            // many shades; the background is one colour).
            QRgb background = 0;
            int best = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                const QColor candidate(it.key());
                const QColor solid = colour;
                const int distance = std::abs(candidate.red() - solid.red()) +
                                     std::abs(candidate.green() - solid.green()) +
                                     std::abs(candidate.blue() - solid.blue());
                if (distance > 24 && it.value() > best) {
                    best = it.value();
                    background = it.key();
                }
            }
            if (best == 0) {
                // Nothing behind it differs from the text's own colour: it cannot be read.
                problems.append({text, colour, colour, 1.0, 4.5, area});
                ++judged;
            } else {
                const QColor behind(background);
                // A translucent text colour is blended over what is behind it.
                const double a = colour.alphaF();
                const QColor drawn =
                    QColor::fromRgbF(float(colour.redF() * a + behind.redF() * (1 - a)),
                                     float(colour.greenF() * a + behind.greenF() * (1 - a)),
                                     float(colour.blueF() * a + behind.blueF() * (1 - a)));
                const QFont font = item->property("font").value<QFont>();
                const qreal pixelSize =
                    font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
                const bool large =
                    pixelSize >= 24 || (pixelSize >= 18.66 && font.weight() >= QFont::Bold);
                const double required = large ? 3.0 : 4.5;
                const double ratio = contrastRatio(drawn, behind);
                ++judged;
                if (ratio < required)
                    problems.append({text, drawn, behind, ratio, required, area});
            }
        }
        for (QQuickItem *child : item->childItems())
            visit(child, clip, opacity);
    };
    visit(window->contentItem(), windowRect, 1.0);
    if (checked)
        *checked = judged;
    return problems;
}

} // namespace windowtest

namespace windowtest {

/// Text cut short: elided or cut at its maximum lines (`truncated`), or wider than its item
/// without wrapping (it runs over what is beside it).
struct ClippedText
{
    QString text;
    QString how;
    QRect rect;

    QString describe() const
    {
        return QStringLiteral("\"%1\" %2 at %3,%4 (%5×%6)")
            .arg(text.left(60), how)
            .arg(rect.x())
            .arg(rect.y())
            .arg(rect.width())
            .arg(rect.height());
    }
};

inline QList<ClippedText> clippedText(QQuickWindow *window, int *checked = nullptr)
{
    QList<ClippedText> found;
    int judged = 0;
    const QRectF windowRect(0, 0, window->width(), window->height());
    std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
        if (!item->isVisible() || item->opacity() < 0.01)
            return;
        const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->inherits("QQuickText") && windowRect.intersects(scene)) {
            const QString text = item->property("text").toString().trimmed();
            if (!text.isEmpty() && item->width() > 0) {
                ++judged;
                const bool wraps = item->property("wrapMode").toInt() != 0;
                const bool elides = item->property("elide").toInt() != 0;
                // A table's value that shows whole where the pointer rests may be cut short.
                if (item->property("truncated").toBool() &&
                    !item->property("fullTextOnHover").toBool())
                    found.append(
                        {text,
                         elides ? QStringLiteral("elided") : QStringLiteral("cut at its last line"),
                         scene.toAlignedRect()});
                else if (!wraps && !elides && item->implicitWidth() > item->width() + 2)
                    found.append({text,
                                  QStringLiteral("runs %1 px past its width")
                                      .arg(qRound(item->implicitWidth() - item->width())),
                                  scene.toAlignedRect()});
            }
        }
        for (QQuickItem *child : item->childItems())
            visit(child);
    };
    visit(window->contentItem());
    if (checked)
        *checked = judged;
    return found;
}

} // namespace windowtest
