using ConsentGuard;

// Generative training runs on legitimate interest, with the safeguards of EDPB Opinion 28/2024: an assessment on
// record, a notice to every member ahead of the first run, an objection switch that is honoured before each run
// (PrivacySettings.UseMyDataToTrainTheWritingAssistant, `pronet object <id>`), no special-category data (CG0016), the
// EEA and Switzerland excluded and Brazil asked for consent (ProNetApp.Policy). Every other purpose rests on consent.
[assembly: LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.LegitimateInterest,
    Assessment = ProNet.ProNetLegalBases.Assessment, NoticeDate = ProNet.ProNetLegalBases.NoticeDate)]

namespace ProNet;

/// <summary>The legal-basis declaration's values, shared with the demo seeding and the output.</summary>
public static class ProNetLegalBases
{
    /// <summary>The legitimate-interest assessment of the writing assistant's training.</summary>
    public const string Assessment = "LIA-2025-09-writing-assistant";

    /// <summary>The day the notice e-mail went to every member.</summary>
    public const string NoticeDate = "2025-09-22";
}
