using Consultations.Domain.Import;

namespace Consultations.Domain.Tests.Import;

/// <summary>A version of a circular in another language is never read as English: the reader says which it is.</summary>
public class Telling_the_language
{
    private static readonly string English = Samples.Read(Samples.Circular142English);

    [Fact]
    public void A_French_labelled_variant_is_French_and_nothing_is_guessed_from_it()
    {
        var french = English
            .Replace("TSB Circular", "Circulaire TSB", StringComparison.Ordinal)
            .Replace("Subject:", "Objet:", StringComparison.Ordinal)
            .Replace("Dear Sir/Madam,", "Madame, Monsieur,", StringComparison.Ordinal)
            .Replace("Copy to:", "Copie:", StringComparison.Ordinal)
            .Replace("Annex 1", "Annexe 1", StringComparison.Ordinal)
            .Replace("Annex 2", "Annexe 2", StringComparison.Ordinal)
            .Replace("Geneva, 11 October 2023", "Genève, le 11 octobre 2023", StringComparison.Ordinal);

        var parsed = CircularParser.Parse(french);

        Assert.Equal("fr", parsed.Language);
        Assert.Null(parsed.Number);
        Assert.Empty(parsed.Texts);
        Assert.Contains(parsed.Warnings, w => w.Text.StartsWith("This document is in French", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Circulaire TSB 142\nObjet: Consultation des États Membres sur les projets de Recommandations déterminés\nMadame, Monsieur,\n1 La Commission d'études 17 de l'UIT-T a l'intention d'appliquer la procédure d'approbation traditionnelle pour les projets de texte et des avis.", "fr")]
    [InlineData("Circular TSB 142\nAsunto: Consulta a los Estados Miembros sobre los proyectos de Recomendación determinados\nMuy Señora mía/Muy Señor mío:\n1 La Comisión de Estudio 17 del UIT-T tiene la intención de aplicar el procedimiento de aprobación tradicional para las Recomendaciones y los textos.", "es")]
    [InlineData("Циркуляр 142 БСЭ\nПредмет: Консультации с Государствами-Членами по определенным проектам Рекомендаций\nУважаемая госпожа, уважаемый господин,\n1 17-я Исследовательская комиссия МСЭ-Т намерена применить традиционную процедуру утверждения в отношении проектов Рекомендаций.", "ru")]
    [InlineData("التعميم 142 لمكتب تقييس الاتصالات\nالموضوع: التشاور مع الدول الأعضاء بشأن مشاريع التوصيات المحددة\nحضرات السادة والسيدات،\n1 تعتزم لجنة الدراسات 17 لقطاع تقييس الاتصالات تطبيق إجراء الموافقة التقليدي على مشاريع التوصيات.", "ar")]
    public void Each_language_of_the_Union_is_told_from_its_words(string text, string language)
    {
        Assert.Equal(language, DocumentLanguage.Detect(text));
        Assert.Equal(language, CircularParser.Parse(text).Language);
    }

    [Theory]
    [InlineData(Samples.Circular104English, "en")]
    [InlineData(Samples.Circular142English, "en")]
    [InlineData(Samples.Circular104Chinese, "zh")]
    public void The_samples_keep_their_languages(string sample, string language) =>
        Assert.Equal(language, DocumentLanguage.Detect(Samples.Read(sample)));
}
