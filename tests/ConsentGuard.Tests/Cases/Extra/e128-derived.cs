using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
    public string Motto { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(int n);
    [ConsentSink(Purposes.GenerativeTraining)] void AddBytes(byte[] bytes);
}

// Probe of issue #18 shape 6: hashes and codes of personal text in other spellings.
public class DerivedVariants(ICorpus corpus, IConsentProvider consent)
{
    private static int[] Features(string s)
    {
        var v = new int[s.Length];
        for (var i = 0; i < s.Length; i++)
            v[i] = s[i] * 31;
        return v;
    }

    public void Sha256(Member m) => corpus.AddBytes({|CG0001:SHA256.HashData(Encoding.UTF8.GetBytes(m.Post))|});
    public void Sha256Instance(Member m)
    {
        using var sha = SHA256.Create();
        var bytes = Encoding.UTF8.GetBytes(m.Post);
        corpus.AddBytes({|CG0001:sha.ComputeHash(bytes)|});
    }
    public void HashCodeBuilder(Member m) { var h = new HashCode(); h.Add(m.Post); corpus.AddNumber({|CG0001:h.ToHashCode()|}); }
    public void Base64(Member m) => corpus.Add({|CG0001:Convert.ToBase64String(Encoding.UTF8.GetBytes(m.Post))|});
    public void CharSum(Member m) => corpus.AddNumber({|CG0001:m.Post.Sum(c => (int)c)|});
    public void FeatureHelper(Member m) => corpus.AddNumber({|CG0001:Features(m.Post)[0]|});

    public void PublicSha(Member m) => corpus.AddBytes(SHA256.HashData(Encoding.UTF8.GetBytes(m.Motto)));
    public void PublicHashBuilder(Member m) { var h = new HashCode(); h.Add(m.Motto); corpus.AddNumber(h.ToHashCode()); }
    public void CheckedSha(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.AddBytes(SHA256.HashData(Encoding.UTF8.GetBytes(m.Post)));
    }
}
