// imagecheck FILE.png [--theme light|dark]: fails on a missing, blank or wrongly themed image.

#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: imagecheck FILE.png [--theme light|dark]\n");
        return 2;
    }
    const QString theme = args.indexOf(QStringLiteral("--theme")) > 0
                              ? args.value(args.indexOf(QStringLiteral("--theme")) + 1)
                              : QString();
    const QImage image(args.at(1));
    if (image.isNull()) {
        std::fprintf(stderr, "imagecheck: %s is not a readable image\n", qPrintable(args.at(1)));
        return 1;
    }
    if (image.width() < 800 || image.height() < 500) {
        std::fprintf(stderr, "imagecheck: %dx%d is smaller than a window\n", image.width(),
                     image.height());
        return 1;
    }
    QHash<QRgb, int> histogram;
    double luminance = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            ++histogram[line[x]];
            luminance +=
                (0.2126 * qRed(line[x]) + 0.7152 * qGreen(line[x]) + 0.0722 * qBlue(line[x])) /
                255.0;
        }
    }
    const double pixels = double(rgb.width()) * rgb.height();
    luminance /= pixels;
    int dominant = 0;
    for (int count : std::as_const(histogram))
        dominant = std::max(dominant, count);
    std::printf("imagecheck: %dx%d, %d colours, dominant colour %.1f%%, mean luminance %.2f\n",
                rgb.width(), rgb.height(), int(histogram.size()), 100.0 * dominant / pixels,
                luminance);
    if (histogram.size() < 64 || dominant > 0.92 * pixels) {
        std::fprintf(stderr, "imagecheck: the image is blank or nearly so\n");
        return 1;
    }
    if (theme == QLatin1String("dark") && luminance > 0.35) {
        std::fprintf(stderr, "imagecheck: a dark page should be dark (luminance %.2f)\n",
                     luminance);
        return 1;
    }
    if (theme == QLatin1String("light") && luminance < 0.6) {
        std::fprintf(stderr, "imagecheck: a light page should be light (luminance %.2f)\n",
                     luminance);
        return 1;
    }
    return 0;
}
