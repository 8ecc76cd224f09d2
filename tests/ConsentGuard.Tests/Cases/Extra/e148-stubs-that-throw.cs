// Issue #18 (probe17): a source method with no reachable normal exit (`=> throw null!`, a stub standing for a library) says
// nothing about what it returns: its call's result is judged as a library call's (SPEC §5: personal when an argument or the
// receiver is). A body that returns a constant keeps the summary's precision (Empty, Default).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

namespace Vendor.Text
{
    public static class Json
    {
        public static string Throws(object value) => throw new NotSupportedException();
        public static string ThrowsNull(object value) => throw null!;
        public static string Empty(object value) => "";
        public static string Default(object value) => default!;
        public static string Echo(object value) => value.ToString()!;
        public static string SendsThenThrows(ICorpus corpus, string text) { corpus.Add(text); throw new InvalidOperationException(); }
    }

    public class Writer
    {
        public virtual string Write(object value) => "";
    }

    public interface IFormatter
    {
        string Format(object value);
    }
}

public class Job(ICorpus corpus, Vendor.Text.Writer writer, Vendor.Text.IFormatter formatter)
{
    public void Throws(Member m) => corpus.Add({|CG0001:Vendor.Text.Json.Throws(new { m.Headline })|});
    public void ThrowsNull(Member m) => corpus.Add({|CG0001:Vendor.Text.Json.ThrowsNull(m.Headline)|});
    public void Empty(Member m) => corpus.Add(Vendor.Text.Json.Empty(m.Headline));
    public void Default(Member m) => corpus.Add(Vendor.Text.Json.Default(m.Headline));
    public void Echo(Member m) => corpus.Add({|CG0001:Vendor.Text.Json.Echo(m.Headline)|});
    public void Virtual(Member m) => corpus.Add({|CG0001:writer.Write(m.Headline)|});
    public void Interface(Member m) => corpus.Add({|CG0001:formatter.Format(m.Headline)|});
    public void SinkBeforeThrow(Member m) => Vendor.Text.Json.SendsThenThrows(corpus, {|CG0001:m.Headline|});
    public void ThrowsPublic(Member m) => corpus.Add(Vendor.Text.Json.Throws(m.Connections));
}
