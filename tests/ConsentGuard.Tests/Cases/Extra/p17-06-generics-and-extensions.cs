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

public class Comment
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Text { get; set; } = "";
    public int Likes { get; set; }
}

public sealed class Reply : Comment { }

public interface IStore<T>
{
    [ConsentSink(Purposes.GenerativeTraining)] void Put(T item);
}

public static class MemberExtensions
{
    public static string Card(this Member m) => m.Headline + " (" + m.Connections + ")";
    public static string Stats(this Member m) => m.Connections + " connections";
    public static void TrainOn(this ICorpus corpus, string text) => corpus.Add(text.Trim());
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void ExtensionReturnsPersonal(Member m) => corpus.Add({|CG0001:m.Card()|});

    public void ExtensionReturnsPublic(Member m) => corpus.Add(m.Stats());

    public void ExtensionSink(Member m) => corpus.TrainOn({|CG0001:m.Headline|});

    public void ExtensionSinkChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.TrainOn(m.Headline);
    }

    public void ConstrainedGeneric<T>(T item) where T : Comment => corpus.Add({|CG0001:item.Text|});

    public void ConstrainedGenericPublic<T>(T item) where T : Comment => corpus.Add(item.Likes.ToString());

    public void GenericSink(IStore<Reply> store, Reply r) => store.Put({|CG0001:r|});

    public void GenericSinkChecked(IStore<Reply> store, Reply r)
    {
        if (consent.IsGranted(r.AuthorId, Purposes.GenerativeTraining))
            store.Put(r);
    }

    private static T Identity<T>(T value) => value;

    public void GenericIdentity(Member m) => corpus.Add({|CG0001:Identity(m.Headline)|});

    public void GenericIdentityPublic(Member m) => corpus.Add(Identity("static text"));

    public void InheritedMember(Reply r) => corpus.Add({|CG0001:r.Text|});
}
