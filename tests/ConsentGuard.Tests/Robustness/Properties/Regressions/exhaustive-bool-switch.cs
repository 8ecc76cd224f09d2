// Found by FlowPropertyTests (seed 2BADC0FFEE0DDF00D, before the grammar grew; a precision finding, not a leak). Both sections of
// a switch over a bool establish consent for GenerativeTraining, so every path to the sink passed a check. The
// analyzer reports CG0001: the control-flow graph keeps a "no case matched" edge around `case true:` / `case false:`,
// which cannot be taken. (`if`/`else`, or `default:` instead of `case false:`, are clean.) The program found was
//     switch (consent.IsGranted(m.Id, Purposes.Personalization))
//     { case true: { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return; } break;
//       case false: { gate.DemandTraining(m.Id); } break; }
//     writer.Write(m.Headline);
// and shrinks by hand to:
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
}

public class Gate
{
    private readonly HashSet<string> _granted = new();
    [ConsentCheck] public void Demand([DataSubject] string subjectId, string purpose) { if (!_granted.Contains(subjectId + "/" + purpose)) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.GenerativeTraining)] public void DemandTraining([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/t")) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.Personalization)] public void DemandPersonalization([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/p")) throw new UnauthorizedAccessException(); }
    [ConsentCheck(Purposes.Analytics)] public void DemandAnalytics([DataSubject] string subjectId) { if (!_granted.Contains(subjectId + "/a")) throw new UnauthorizedAccessException(); }
}

public class Exporter(IConsentProvider consent, Policy policy, Gate gate, ICorpus corpus, IFeed feed, IBatchSink batch, Board board, TrainingWriter writer)
{
    public async Task Run(Member m, bool flag1, bool flag2)
    {
        var l0 = new List<string>();
        var l1 = new List<string>();
        var a0 = new string[2];
        var sb0 = new StringBuilder();
        var s0 = "";
        var s1 = "";
        var h0 = new Holder();
        switch (flag1)
        {
            case true: gate.DemandTraining(m.Id); break;
            case false: gate.DemandTraining(m.Id); break;
        }
        corpus.Add(m.Headline);
        static string Echo(string s) => s;
    }

    private static string Relay1(string s) => s;
    private static string Relay2(string s) => Relay1(s);
    private static string Relay3(string s) => Relay2(s);
    private static string Decorate(string s) => "<" + s + ">";
    private static void Copy(string s, out string r) => r = s;
    private void TrainVia1(string s) => corpus.Add(s);
    private void TrainVia2(string s) => TrainVia1(s);
    private void TrainVia3(string s) => TrainVia2(s);
    private void ShowVia1(string s) => feed.Show(s);
    private void ShowVia2(string s) => ShowVia1(s);
}
