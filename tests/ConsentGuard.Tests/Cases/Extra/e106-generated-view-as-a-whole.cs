using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public partial class Profile
{
    [DataSubject] public string MemberId { get; init; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; init; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string About { get; init; } = "";
    public int Connections { get; init; }
}

// Reading chosen: generated accessors are [ConsentCleared] members of this compilation (not of another assembly or an
// interface), so a view keeps its origins; the GenerativeTraining view holds About, which does not declare
// Personalization, so sending the whole view to a Personalization sink is CG0002, as sending view.About is.

public interface ITrainingRows
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public interface IFeedRows
{
    [ConsentSink(Purposes.Personalization)] void Write(object row);
}

public class Exporter(IConsentProvider consent, ITrainingRows training, IFeedRows feed)
{
    public void WholeViewForItsPurpose(Profile p)
    {
        if (p.ForGenerativeTraining(consent) is { } view)
            training.Write(view);
    }

    public void PersonalizationViewToFeed(Profile p)
    {
        if (p.ForPersonalization(consent) is { } view)
            feed.Write(view);
    }

    public void TrainingViewMemberToFeed(Profile p)
    {
        if (p.ForGenerativeTraining(consent) is { } view)
            feed.Write({|CG0002:view.About|});
    }

    public void TrainingViewToFeed(Profile p)
    {
        if (p.ForGenerativeTraining(consent) is { } view)
            feed.Write({|CG0002:view|});
    }

    public void ProfileItself(Profile p) => training.Write({|CG0002:p|});
}
