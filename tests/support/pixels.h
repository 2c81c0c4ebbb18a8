// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QRect>

#include <cstdlib>

namespace TestUtils {

/// Two colours within `tolerance` of each other (the sum of the channels' differences).
inline bool nearColour(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < tolerance;
}

/// How many pixels of `image` inside `rect` (clipped to the image) are near `colour`: what a
/// person would see painted there, for tests of highlights, rings and links.
inline int pixelsNear(const QImage& image, const QRect& rect, const QColor& colour, int tolerance)
{
    int n = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x)
            n += nearColour(image.pixelColor(x, y), colour, tolerance) ? 1 : 0;
    }
    return n;
}

} // namespace TestUtils
