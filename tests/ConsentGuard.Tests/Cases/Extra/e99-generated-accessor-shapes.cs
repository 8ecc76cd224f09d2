// Reading chosen: [DataSubject] on a positional record parameter (no `property:` target) names the subject, as
// [PersonalData] there covers the property; a partial type nested in a non-partial one cannot get accessors (CG0006).
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

namespace Social.Feed;

public interface IRanker
{
    [ConsentSink(Purposes.Personalization)] void AddSignal(string signal);
}

public partial record Reaction([DataSubject] string MemberId, [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] string Emoji);

public partial class Envelope<T>
{
    [DataSubject] public string MemberId = "";
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Tag = "";
    public T? Payload { get; set; }
}

public class Outer
{
    public partial class {|CG0006:Inner|}
    {
        [DataSubject] public string MemberId { get; set; } = "";
        [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Tag { get; set; } = "";
    }
}

public class Use(IConsentProvider consent, IRanker ranker)
{
    public void A(Reaction r) { if (r.ForPersonalization(consent) is { } v) ranker.AddSignal(v.Emoji); }
    public void B(Envelope<int> e) { if (e.ForPersonalization(consent) is { } v) ranker.AddSignal(v.Tag); }
    public void C(IEnumerable<Envelope<int>> es) { foreach (var v in es.ForPersonalization(consent)) ranker.AddSignal(v.Tag); }
}
