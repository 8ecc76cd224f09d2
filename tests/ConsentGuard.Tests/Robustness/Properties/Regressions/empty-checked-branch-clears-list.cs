// Found by FlowPropertyTests (seed 2BADC0FFEE0DDF00D, program 732; replay CONSENTGUARD_PROPERTY_SEED=2ToCo6nz57BDDF003
// CONSENTGUARD_PROPERTY_ITERATIONS=1). A headline is added to a local list, then `if (check) { }` with an empty body: both
// branches of the condition lead to the same block, so the sink after it is reached without consent: CG0001. The
// definitions' path clearance recorded one purpose per (block, successor) edge, and the true branch's state overwrote
// the false one's, so the list looked cleared (a missed CG0001). Such an edge now establishes what both branches do.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConsentGuard;

public partial class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Bio { get; set; } = "";
    [PersonalData(PersonalDataCategory.Location)]
    [ConsentPurpose(Purposes.Personalization)]
    public string City { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    public string Theme { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
public interface IFeed { [ConsentSink(Purposes.Personalization)] void Show(string text); }
public interface IBatchSink { [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts); }
public class Board { [ConsentSink(Purposes.Personalization)] public string Banner { get; set; } = ""; }
public class Holder { public string Text { get; set; } = ""; }
[PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
public class Diary { public string Text { get; set; } = ""; }
public class LocalCorpus : ICorpus { public void Add(string text) { } }
[ConsentSink(Purposes.GenerativeTraining)] public class TrainingSet { public void Add(string text) { } }
public class Example { [ConsentSink(Purposes.Personalization)] public Example(string text) => Text = text; public string Text { get; } }
public interface IPolicy { [ConsentCheck] bool Permits([DataSubject] string subjectId, string purpose); }
public class StrictPolicy : IPolicy { public bool Permits(string subjectId, string purpose) => false; }

public class TrainingWriter(ICorpus corpus)
{
    public void Write([ConsentSink(Purposes.GenerativeTraining)] string text) => corpus.Add(text.Trim());
}

public class Policy
{
    private readonly HashSet<string> _granted = new();
    [ConsentCheck] public bool Allows([DataSubject] string subjectId, string purpose) => _granted.Contains(subjectId + "/" + purpose);
    [ConsentCheck(Purposes.GenerativeTraining)] public bool MayTrain([DataSubject] string subjectId) => _granted.Contains(subjectId + "/t");
    [ConsentCheck(Purposes.Personalization)] public bool MayPersonalize([DataSubject] string subjectId) => _granted.Contains(subjectId + "/p");
    [ConsentCheck(Purposes.Analytics)] public bool MayAnalyze([DataSubject] string subjectId) => _granted.Contains(subjectId + "/a");
    [ConsentCheck] public Task<bool> AllowsAsync([DataSubject] string subjectId, string purpose) => Task.FromResult(_granted.Contains(subjectId + "/" + purpose));
}

public class Gate
{
    private readonly HashSet<string> _granted = new();
    [ConsentCheck] public void Demand([DataSubject] string subjectId, string purpose) { if (!_granted.Contains(subjectId + "/" + purpose)) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.GenerativeTraining)] public void DemandTraining([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/t")) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.Personalization)] public void DemandPersonalization([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/p")) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.Analytics)] public void DemandAnalytics([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/a")) throw new UnauthorizedAccessException(); }
}

public class Exporter(IConsentProvider consent, Policy policy, Gate gate, ICorpus corpus, IFeed feed, IBatchSink batch, Board board, TrainingWriter writer,
    LocalCorpus localCorpus, TrainingSet trainingSet, StrictPolicy strict)
{
    private readonly List<string> _buffer = new();

    public async Task Run(Member m, bool flag1, bool flag2, [PersonalData, ConsentPurpose(Purposes.Personalization)] string note, Diary diary)
    {
        var l0 = new List<string>();
        var l1 = new List<string>();
        var a0 = new string[2];
        var sb0 = new StringBuilder();
        var s0 = "";
        var s1 = "";
        var h0 = new Holder();
        l1.Add(m.Headline);
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
        }
        corpus.Add({|CG0001:l1[0]|});
        static string Echo(string s) => s;
    }

    private static string Relay1(string s) => s;
    private static string Relay2(string s) => Relay1(s);
    private static string Relay3(string s) => Relay2(s);
    private static string Decorate(string s) => "<" + s + ">";
    private static void Copy(string s, out string r) => r = s;
    [Anonymizer] private static string Redact(string s) => new string('*', s.Length);
    [return: PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
    private static string Secret() => "";
    [return: ConsentCleared(Purposes.GenerativeTraining)]
    private string ClearedForTraining(string text, string subjectId) => consent.IsGranted(subjectId, Purposes.GenerativeTraining) ? text : "";
    [return: ConsentCleared(Purposes.Personalization)]
    private string ClearedForPersonalization(string text, string subjectId) => consent.IsGranted(subjectId, Purposes.Personalization) ? text : "";
    public void Collect(Member x) => _buffer.Add(x.Theme);
    private void TrainVia1(string s) => corpus.Add(s);
    private void TrainVia2(string s) => TrainVia1(s);
    private void TrainVia3(string s) => TrainVia2(s);
    private void ShowVia1(string s) => feed.Show(s);
    private void ShowVia2(string s) => ShowVia1(s);
}
