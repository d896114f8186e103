#include "exercises/FlareUpPlanDocument.h"

#include "exercises/ExerciseSession.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

Q_LOGGING_CATEGORY(lcFlareUpPlan, "pacewise.exercises.flare-up-plan")

namespace pacewise::ui {
namespace {

// Each step makes the letters 5 % smaller: fine enough that a plan just too long loses little.
constexpr double kShrinkStep = 0.95;
// Printers cannot print to the paper's edge; 15 mm is inside every common printer's margin.
constexpr double kMarginMillimetres = 15;

QString paragraphs(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

FlareUpPlanDocument::FlareUpPlanDocument(QObject* parent)
    : QObject(parent) {}

FlareUpPlanDocument::~FlareUpPlanDocument() = default;

void FlareUpPlanDocument::setExercise(ExerciseSession* exercise) {
    if (exercise == m_exercise)
        return;
    m_exercise = exercise;
    emit exerciseChanged();
}

QUrl FlareUpPlanDocument::defaultPdfUrl() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name =
        m_exercise && !m_exercise->title().isEmpty() ? m_exercise->title() : tr("My flare-up plan");
    // Characters that some file systems refuse.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|])"));
    name.replace(unsafe, QStringLiteral("-"));
    return QUrl::fromLocalFile(QDir(folder).filePath(name + QStringLiteral(".pdf")));
}

FlareUpPlanDocument::Plan FlareUpPlanDocument::plan() const {
    Plan plan;
    plan.title =
        m_exercise && !m_exercise->title().isEmpty() ? m_exercise->title() : tr("My flare-up plan");
    plan.printed = QDate::currentDate();
    if (!m_exercise)
        return plan;
    const QVariantMap answers = m_exercise->answers();
    for (const QVariant& value : m_exercise->fields()) {
        const QVariantMap field = value.toMap();
        plan.sections.emplace_back(
            field.value(QStringLiteral("text")).toString(),
            answers.value(field.value(QStringLiteral("linkId")).toString()).toString());
    }
    return plan;
}

QString FlareUpPlanDocument::html(const Plan& plan, double pointSize) {
    QString body = QStringLiteral("<h1 style=\"font-size:%1pt\">%2</h1>")
                       .arg(pointSize * 1.6)
                       .arg(paragraphs(plan.title));
    if (plan.printed.isValid())
        body +=
            QStringLiteral("<p style=\"color:#454545\">%1</p>")
                .arg(paragraphs(tr("Printed on %1")
                                    .arg(QLocale().toString(plan.printed, QLocale::LongFormat))));
    for (const auto& [question, answer] : plan.sections) {
        body += QStringLiteral("<h2 style=\"font-size:%1pt\">%2</h2>")
                    .arg(pointSize * 1.2)
                    .arg(paragraphs(question));
        body += answer.isEmpty() ? QStringLiteral("<p style=\"color:#454545\">%1</p>")
                                       .arg(paragraphs(tr("(not filled in yet)")))
                                 : QStringLiteral("<p>%1</p>").arg(paragraphs(answer));
    }
    return QStringLiteral("<html><body style=\"font-size:%1pt\">%2</body></html>")
        .arg(pointSize)
        .arg(body);
}

std::unique_ptr<QTextDocument> FlareUpPlanDocument::layout(const Plan& plan, QPaintDevice& device,
                                                           const QSizeF& pageSize,
                                                           double pointSize) {
    auto document = std::make_unique<QTextDocument>();
    // Points are measured on the page's device, so 12 pt is 12 pt on paper at any resolution.
    document->documentLayout()->setPaintDevice(&device);
    QFont font = document->defaultFont();
    font.setPointSizeF(pointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(pageSize);
    document->setHtml(html(plan, pointSize));
    return document;
}

double FlareUpPlanDocument::render(QPagedPaintDevice& device, const Plan& plan) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(
        QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
        QPageLayout::Millimeter);
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QSizeF pageSize(area.width(), area.height());
    double pointSize = kBodyPointSize;
    std::unique_ptr<QTextDocument> document = layout(plan, device, pageSize, pointSize);
    while (document->pageCount() > 1) {
        pointSize *= kShrinkStep;
        if (pointSize < kMinimumPointSize)
            return 0;
        document = layout(plan, device, pageSize, pointSize);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    document->drawContents(&painter, QRectF(QPointF(0, 0), pageSize));
    painter.end();
    return pointSize;
}

bool FlareUpPlanDocument::savePdf(const QString& pathOrUrl) {
    setError({});
    setStatus({});
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.isEmpty()) {
        setError(tr("Choose where to save the PDF."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(tr("Pacewise could not write to that folder. Choose another place, such as "
                    "your Documents folder."),
                 file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(m_exercise ? m_exercise->title() : tr("My flare-up plan"));
        writer.setCreator(QStringLiteral("Pacewise"));
        if (render(writer, plan()) <= 0) {
            file.cancelWriting();
            setError(tr("Your plan is too long for one page. Shorten some of the answers, then "
                        "save it again."));
            return false;
        }
    }
    if (!file.commit()) {
        setError(tr("Pacewise could not save the PDF. Check that there is space on the disk, "
                    "or choose another place."),
                 file.errorString());
        return false;
    }
    setStatus(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FlareUpPlanDocument::print() {
    setError({});
    setStatus({});
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_exercise ? m_exercise->title() : tr("My flare-up plan"));
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(tr("Print your flare-up plan"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (render(printer, plan()) <= 0) {
        setError(tr("Your plan is too long for one page. Shorten some of the answers, then "
                    "print it again."));
        return false;
    }
    setStatus(tr("Sent to the printer."));
    return true;
}

void FlareUpPlanDocument::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    if (!message.isEmpty())
        qCWarning(lcFlareUpPlan).noquote() << message << detail;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

void FlareUpPlanDocument::setStatus(const QString& message) {
    if (message == m_statusMessage)
        return;
    m_statusMessage = message;
    emit statusChanged();
}

} // namespace pacewise::ui
